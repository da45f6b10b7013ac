import { internetRuleFixtures } from "../lib/ip-firewall.fixtures-kit";

export default internetRuleFixtures("azure-native:dbformysql:FirewallRule", "azure-native:dbformysql:Configuration");
