/**
 * The standard fixture cases of the flexible-server public access policies
 * (`checkFlexiblePublicAccess` of ./servers) for PostgreSQL and MySQL.
 */
import { fixtures, secret, unknown, type Fixture } from "@rampart/policy-testing";
import { flexibleFirewallRuleType, flexibleServerType, type FlexibleEngine } from "./servers";

/**
 * Cases of a public access policy on `engine` servers: public access Disabled and a delegated
 * subnet (known or unknown during preview) pass, Enabled and the defaults violate, an unknown
 * `publicNetworkAccess` is unknown, and a FirewallRule is not applicable.
 */
export function flexiblePublicAccessFixtures(engine: FlexibleEngine): Fixture[] {
  const S = flexibleServerType(engine);
  const base = { resourceGroupName: "rg", administratorLogin: "dbadmin", administratorLoginPassword: secret("P@ssw0rd-Example!") };
  const subnet = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db";
  return fixtures([
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
      resource: { type: flexibleFirewallRuleType(engine), props: { resourceGroupName: "rg", serverName: "db01" } },
    },
  ]);
}
