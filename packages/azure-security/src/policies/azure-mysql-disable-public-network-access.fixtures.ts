import { fixtures, secret, unknown } from "@rampart/policy-testing";

const S = "azure-native:dbformysql:Server";
const base = { resourceGroupName: "rg", administratorLogin: "dbadmin", administratorLoginPassword: secret("P@ssw0rd-Example!") };
const subnet = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db";

export default fixtures([
  { name: "public network access disabled", expect: "pass", resource: { type: S, props: { ...base, network: { publicNetworkAccess: "Disabled" } } } },
  {
    name: "private access through a delegated subnet",
    expect: "pass",
    resource: { type: S, props: { ...base, network: { delegatedSubnetResourceId: subnet } } },
  },
  {
    name: "delegated subnet unknown during preview counts as set",
    expect: "pass",
    resource: { type: S, props: { ...base, network: { delegatedSubnetResourceId: unknown() } } },
  },
  {
    name: "public network access enabled",
    expect: "violate",
    message: 'network.publicNetworkAccess is not "Disabled"',
    resource: { type: S, props: { ...base, network: { publicNetworkAccess: "Enabled" } } },
  },
  { name: "server with defaults (public access)", expect: "violate", message: "public endpoint", resource: { type: S, props: base } },
  {
    name: "public network access unknown during preview",
    expect: "unknown",
    resource: { type: S, props: { ...base, network: { publicNetworkAccess: unknown() } } },
  },
  {
    name: "a firewall rule is not a server",
    expect: "not-applicable",
    resource: { type: "azure-native:dbformysql:FirewallRule", props: { resourceGroupName: "rg", serverName: "db01" } },
  },
]);
