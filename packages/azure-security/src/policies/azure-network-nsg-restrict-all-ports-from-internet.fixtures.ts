import { fixtures, unknown } from "@rampart/policy-testing";

const NSG = "azure-native:network:NetworkSecurityGroup";
const RULE = "azure-native:network:SecurityRule";
const rule = (p: Record<string, unknown>) => ({
  name: "r",
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourcePortRange: "*",
  destinationAddressPrefix: "*",
  ...p,
});
const nsg = (...securityRules: Record<string, unknown>[]) => ({ type: NSG, props: { resourceGroupName: "rg", securityRules } });
const sep = (p: Record<string, unknown>) => ({ type: RULE, props: { resourceGroupName: "rg", networkSecurityGroupName: "nsg", ...rule(p) } });

export default fixtures([
  { name: "rule from a known range", expect: "pass", resource: nsg(rule({ sourceAddressPrefix: "203.0.113.0/24", destinationPortRange: "*" })) },
  { name: "rule from the virtual network", expect: "pass", resource: nsg(rule({ sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "*" })) },
  { name: "deny rule from the internet", expect: "pass", resource: nsg(rule({ access: "Deny", sourceAddressPrefix: "*", destinationPortRange: "*" })) },
  {
    name: "outbound rule to the internet",
    expect: "pass",
    resource: nsg(rule({ direction: "Outbound", sourceAddressPrefix: "*", destinationPortRange: "*" })),
  },
  { name: "NSG without rules (defaults deny inbound from the internet)", expect: "pass", resource: { type: NSG, props: { resourceGroupName: "rg" } } },
  { name: "single port from the internet is not every port", expect: "pass", resource: nsg(rule({ sourceAddressPrefix: "*", destinationPortRange: "443" })) },
  {
    name: "ICMP from the internet is not TCP/UDP",
    expect: "pass",
    resource: nsg(rule({ protocol: "Icmp", sourceAddressPrefix: "*", destinationPortRange: "*" })),
  },
  {
    name: "inline rule from *",
    expect: "violate",
    message: "securityRules[0] of this network security group allows inbound traffic on every port",
    resource: nsg(rule({ sourceAddressPrefix: "*", destinationPortRange: "*" })),
  },
  {
    name: "second inline rule from the Internet tag, range",
    expect: "violate",
    message: "securityRules[1]",
    resource: nsg(rule({ sourceAddressPrefix: "10.0.0.0/8", destinationPortRange: "*" }), rule({ sourceAddressPrefix: "Internet", destinationPortRange: "*" })),
  },
  {
    name: "separate rule from 0.0.0.0/0 in a port list",
    expect: "violate",
    message: "This security rule allows inbound traffic on every port",
    resource: sep({ sourceAddressPrefixes: ["198.51.100.4", "0.0.0.0/0"], destinationPortRanges: ["8443", "0-65535"] }),
  },
  {
    name: "separate rule from Any, protocol *",
    expect: "violate",
    message: "from the internet",
    resource: sep({ protocol: "*", sourceAddressPrefix: "Any", destinationPortRange: "0-65535" }),
  },
  { name: "source unknown during preview", expect: "unknown", resource: sep({ sourceAddressPrefix: unknown(), destinationPortRange: "*" }) },
  { name: "rule list unknown during preview", expect: "unknown", resource: { type: NSG, props: { resourceGroupName: "rg", securityRules: unknown() } } },
  {
    name: "unknown source of a deny rule cannot open anything",
    expect: "pass",
    resource: sep({ access: "Deny", sourceAddressPrefix: unknown(), destinationPortRange: "*" }),
  },
  {
    name: "a virtual network is not an NSG",
    expect: "not-applicable",
    resource: { type: "azure-native:network:VirtualNetwork", props: { resourceGroupName: "rg" } },
  },
]);
