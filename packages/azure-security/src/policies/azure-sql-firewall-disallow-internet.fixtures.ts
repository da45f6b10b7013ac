import { internetRuleFixtures } from "../lib/ip-firewall.fixtures-kit";

export default internetRuleFixtures("azure-native:sql:FirewallRule", "azure-native:sql:VirtualNetworkRule");
