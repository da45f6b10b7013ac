import { fixtures, secret, unknown } from "@rampart/policy-testing";

const S = "azure-native:sql:Server";
const base = { resourceGroupName: "rg", administratorLogin: "sqladmin", administratorLoginPassword: secret("P@ssw0rd-Example!"), version: "12.0" };

export default fixtures([
  { name: "public network access disabled", expect: "pass", resource: { type: S, props: { ...base, publicNetworkAccess: "Disabled" } } },
  {
    name: "public network access enabled",
    expect: "violate",
    message: 'publicNetworkAccess is not "Disabled"',
    resource: { type: S, props: { ...base, publicNetworkAccess: "Enabled" } },
  },
  { name: "server with defaults (enabled)", expect: "violate", message: "public endpoint", resource: { type: S, props: base } },
  { name: "public network access unknown during preview", expect: "unknown", resource: { type: S, props: { ...base, publicNetworkAccess: unknown() } } },
  {
    name: "a database is not a server",
    expect: "not-applicable",
    resource: { type: "azure-native:sql:Database", props: { resourceGroupName: "rg", serverName: "s" } },
  },
]);
