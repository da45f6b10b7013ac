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
  { name: "rule from a known range", expect: "pass", resource: nsg(rule({ sourceAddressPrefix: "203.0.113.0/24", destinationPortRange: "22" })) },
  { name: "rule from the virtual network", expect: "pass", resource: nsg(rule({ sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "22" })) },
  { name: "deny rule from the internet", expect: "pass", resource: nsg(rule({ access: "Deny", sourceAddressPrefix: "*", destinationPortRange: "22" })) },
  {
    name: "outbound rule to the internet",
    expect: "pass",
    resource: nsg(rule({ direction: "Outbound", sourceAddressPrefix: "*", destinationPortRange: "22" })),
  },
  { name: "NSG without rules (defaults deny inbound from the internet)", expect: "pass", resource: { type: NSG, props: { resourceGroupName: "rg" } } },
  { name: "port 2222 is not SSH", expect: "pass", resource: nsg(rule({ sourceAddressPrefix: "*", destinationPortRange: "2222" })) },
  { name: "UDP 22 is not SSH", expect: "pass", resource: nsg(rule({ protocol: "Udp", sourceAddressPrefix: "*", destinationPortRange: "22" })) },
  {
    name: "inline rule from *",
    expect: "violate",
    message: "securityRules[0] of this network security group allows inbound SSH (TCP 22)",
    resource: nsg(rule({ sourceAddressPrefix: "*", destinationPortRange: "22" })),
  },
  {
    name: "second inline rule from the Internet tag, range",
    expect: "violate",
    message: "securityRules[1]",
    resource: nsg(
      rule({ sourceAddressPrefix: "10.0.0.0/8", destinationPortRange: "22" }),
      rule({ sourceAddressPrefix: "Internet", destinationPortRange: "20-25" }),
    ),
  },
  {
    name: "separate rule from 0.0.0.0/0 in a port list",
    expect: "violate",
    message: "This security rule allows inbound SSH (TCP 22)",
    resource: sep({ sourceAddressPrefixes: ["198.51.100.4", "0.0.0.0/0"], destinationPortRanges: ["8443", "22"] }),
  },
  {
    name: "separate rule from Any, protocol *",
    expect: "violate",
    message: "from the internet",
    resource: sep({ protocol: "*", sourceAddressPrefix: "Any", destinationPortRange: "22" }),
  },
  { name: "source unknown during preview", expect: "unknown", resource: sep({ sourceAddressPrefix: unknown(), destinationPortRange: "22" }) },
  { name: "rule list unknown during preview", expect: "unknown", resource: { type: NSG, props: { resourceGroupName: "rg", securityRules: unknown() } } },
  {
    name: "unknown source of a deny rule cannot open anything",
    expect: "pass",
    resource: sep({ access: "Deny", sourceAddressPrefix: unknown(), destinationPortRange: "22" }),
  },
  {
    name: "a virtual network is not an NSG",
    expect: "not-applicable",
    resource: { type: "azure-native:network:VirtualNetwork", props: { resourceGroupName: "rg" } },
  },
]);
