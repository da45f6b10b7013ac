import { azureServicesRuleFixtures } from "../lib/ip-firewall.fixtures-kit";

export default azureServicesRuleFixtures("azure-native:dbforpostgresql:FirewallRule", "azure-native:dbforpostgresql:Configuration");
