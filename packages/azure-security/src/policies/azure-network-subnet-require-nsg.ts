import { peek, peekItems, isSet, requireKnown, type Report } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

const SUBNET = "azure-native:network:Subnet";
const VNET = "azure-native:network:VirtualNetwork";
/** Subnets Azure reserves for gateways and firewalls, where an NSG is not supported or not needed. */
const EXEMPT = new Set(["gatewaysubnet", "azurefirewallsubnet", "azurefirewallmanagementsubnet", "routeserversubnet"]);

/** Reports a subnet (separate resource or inline `subnets[i]`) with no `networkSecurityGroup`. */
function checkSubnet(subnet: unknown, nameKeys: string[], where: string, report: Report, root: unknown, rootPath: string): void {
  for (const k of nameKeys) {
    const n = peek<string>(subnet, k);
    if (n.state === "known" && EXEMPT.has(String(n.value).toLowerCase())) return;
  }
  if (isSet(subnet, "networkSecurityGroup")) return;
  if (nameKeys.some((k) => peek(subnet, k).state === "unknown")) requireKnown(root, rootPath);
  report(
    `${where} has no networkSecurityGroup, so only the default rules of the resources in it filter traffic. Associate a network security group with the subnet.`,
  );
}

/** Subnets should have a network security group (`networkSecurityGroup`; none by default), except gateway and firewall subnets. */
export default azurePolicy({
  name: "azure-network-subnet-require-nsg",
  description: "Virtual network subnets should be associated with a network security group.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `networkSecurityGroup: { id: nsg.id }` on the subnet (GatewaySubnet, AzureFirewallSubnet and RouteServerSubnet are exempt).",
  url: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works",
  resourceTypes: [SUBNET, VNET],
  validateResource: ({ type, props }, report) => {
    if (type === SUBNET) {
      checkSubnet(props, ["subnetName", "name"], "The subnet", report, props, "subnetName");
      return;
    }
    const subnets = peekItems(props, "subnets");
    subnets.known.forEach((s, i) => checkSubnet(s, ["name"], `subnets[${i}]`, report, props, `subnets.${i}.name`));
    if (subnets.unknown && !subnets.known.length) requireKnown(props, "subnets");
  },
});
