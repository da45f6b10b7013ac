import { fixtures, unknown } from "@rampart/policy-testing";

const S = "azure-native:sql:Server";
const base = { resourceGroupName: "rg", version: "12.0" };

export default fixtures([
  { name: "TLS 1.2", expect: "pass", resource: { type: S, props: { ...base, minimalTlsVersion: "1.2" } } },
  { name: "TLS 1.3", expect: "pass", resource: { type: S, props: { ...base, minimalTlsVersion: "1.3" } } },
  { name: "TLS 1.0", expect: "violate", message: "allows TLS versions older than 1.2", resource: { type: S, props: { ...base, minimalTlsVersion: "1.0" } } },
  { name: "None (every version)", expect: "violate", message: "minimalTlsVersion", resource: { type: S, props: { ...base, minimalTlsVersion: "None" } } },
  { name: "not set: service default", expect: "advisory", message: "minimalTlsVersion is not set", resource: { type: S, props: base } },
  { name: "TLS version unknown during preview", expect: "unknown", resource: { type: S, props: { ...base, minimalTlsVersion: unknown() } } },
  {
    name: "a firewall rule is not a server",
    expect: "not-applicable",
    resource: { type: "azure-native:sql:FirewallRule", props: { resourceGroupName: "rg", serverName: "s" } },
  },
]);
