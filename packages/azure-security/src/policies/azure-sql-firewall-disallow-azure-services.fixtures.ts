import { azureServicesRuleFixtures } from "../lib/ip-firewall.fixtures-kit";

export default azureServicesRuleFixtures("azure-native:sql:FirewallRule", "azure-native:sql:VirtualNetworkRule");
