import { azureServicesRuleFixtures } from "../lib/ip-firewall.fixtures-kit";

export default azureServicesRuleFixtures("azure-native:dbformysql:FirewallRule", "azure-native:dbformysql:Configuration");
