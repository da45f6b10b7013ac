import { fixtures, unknown } from "@rampart/policy-testing";

const SUBNET = "azure-native:network:Subnet";
const VNET = "azure-native:network:VirtualNetwork";
const nsg = { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app" };
const base = { resourceGroupName: "rg", virtualNetworkName: "vnet", addressPrefix: "10.0.1.0/24" };

export default fixtures([
  { name: "subnet with an NSG", expect: "pass", resource: { type: SUBNET, props: { ...base, subnetName: "app", networkSecurityGroup: nsg } } },
  {
    name: "NSG id unknown during preview counts as set",
    expect: "pass",
    resource: { type: SUBNET, props: { ...base, subnetName: "app", networkSecurityGroup: { id: unknown() } } },
  },
  { name: "GatewaySubnet is exempt", expect: "pass", resource: { type: SUBNET, props: { ...base, subnetName: "GatewaySubnet" } } },
  {
    name: "subnet without an NSG",
    expect: "violate",
    message: "The subnet has no networkSecurityGroup",
    resource: { type: SUBNET, props: { ...base, subnetName: "app" } },
  },
  {
    name: "inline subnet without an NSG",
    expect: "violate",
    message: "subnets[1] has no networkSecurityGroup",
    resource: {
      type: VNET,
      props: {
        resourceGroupName: "rg",
        addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
        subnets: [
          { name: "AzureFirewallSubnet", addressPrefix: "10.0.0.0/26" },
          { name: "app", addressPrefix: "10.0.1.0/24" },
        ],
      },
    },
  },
  {
    name: "virtual network without inline subnets",
    expect: "pass",
    resource: { type: VNET, props: { resourceGroupName: "rg", addressSpace: { addressPrefixes: ["10.0.0.0/16"] } } },
  },
  { name: "subnet name unknown during preview", expect: "unknown", resource: { type: SUBNET, props: { ...base, subnetName: unknown() } } },
  {
    name: "an NSG is not a subnet",
    expect: "not-applicable",
    resource: { type: "azure-native:network:NetworkSecurityGroup", props: { resourceGroupName: "rg" } },
  },
]);
