import { internetRuleFixtures } from "../lib/ip-firewall.fixtures-kit";

export default internetRuleFixtures("azure-native:dbforpostgresql:FirewallRule", "azure-native:dbforpostgresql:Configuration");
