import { fixtures, unknown } from "@rampart/policy-testing";
import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";

const subnet = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/app";

export default fixtures([
  { name: "private endpoints only", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, publicNetworkAccess: "Disabled" } } },
  { name: "IP firewall", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }] } } },
  {
    name: "virtual network filter",
    expect: "pass",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, isVirtualNetworkFilterEnabled: true, virtualNetworkRules: [{ id: subnet }] } },
  },
  { name: "IP rules unknown during preview count as set", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, ipRules: unknown() } } },
  { name: "account with defaults", expect: "violate", message: "accepts connections from every network", resource: { type: COSMOS, props: COSMOS_BASE } },
  {
    name: "firewall open to the internet",
    expect: "violate",
    message: "ipRules contains 0.0.0.0/0",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, ipRules: [{ ipAddressOrRange: "0.0.0.0/0" }] } },
  },
  {
    name: "virtual network filter on without rules",
    expect: "violate",
    message: "neither ipRules nor a virtual network filter",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, publicNetworkAccess: "Enabled", isVirtualNetworkFilterEnabled: true, virtualNetworkRules: [] } },
  },
  { name: "public access unknown during preview", expect: "unknown", resource: { type: COSMOS, props: { ...COSMOS_BASE, publicNetworkAccess: unknown() } } },
  {
    name: "0.0.0.0/0 firewall but public access unknown during preview (Disabled would close it)",
    expect: "unknown",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, publicNetworkAccess: unknown(), ipRules: [{ ipAddressOrRange: "0.0.0.0/0" }] } },
  },
  registryIsNot("a Cosmos DB account"),
]);
