import { fixtures, unknown } from "@rampart/policy-testing";

const VNET = "azure-native:network:VirtualNetwork";
const base = { resourceGroupName: "rg", addressSpace: { addressPrefixes: ["10.0.0.0/16"] } };
const plan = { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/ddosProtectionPlans/ddos" };

export default fixtures([
  { name: "VNet with a DDoS plan", expect: "pass", resource: { type: VNET, props: { ...base, enableDdosProtection: true, ddosProtectionPlan: plan } } },
  { name: "defaults (no protection)", expect: "violate", message: "enableDdosProtection is not set", resource: { type: VNET, props: base } },
  {
    name: "explicitly off",
    expect: "violate",
    message: "enableDdosProtection is false",
    resource: { type: VNET, props: { ...base, enableDdosProtection: false, ddosProtectionPlan: plan } },
  },
  {
    name: "on without a plan",
    expect: "violate",
    message: "ddosProtectionPlan is not set",
    resource: { type: VNET, props: { ...base, enableDdosProtection: true } },
  },
  {
    name: "plan id unknown during preview counts as set",
    expect: "pass",
    resource: { type: VNET, props: { ...base, enableDdosProtection: true, ddosProtectionPlan: { id: unknown() } } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: VNET, props: { ...base, enableDdosProtection: unknown() } } },
  {
    name: "a subnet is not a VNet",
    expect: "not-applicable",
    resource: { type: "azure-native:network:Subnet", props: { resourceGroupName: "rg", virtualNetworkName: "v" } },
  },
]);
