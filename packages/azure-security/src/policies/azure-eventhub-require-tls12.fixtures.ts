import { fixtures, unknown } from "@rampart/policy-testing";
import { NAMESPACE_BASE, namespaceType, ruleSetType } from "../lib/messaging";

const NS = namespaceType("eventhub");

export default fixtures([
  { name: "namespace with defaults", expect: "pass", resource: { type: NS, props: NAMESPACE_BASE } },
  { name: "TLS 1.2", expect: "pass", resource: { type: NS, props: { ...NAMESPACE_BASE, minimumTlsVersion: "1.2" } } },
  { name: "TLS 1.0", expect: "violate", message: 'minimumTlsVersion is "1.0"', resource: { type: NS, props: { ...NAMESPACE_BASE, minimumTlsVersion: "1.0" } } },
  {
    name: "TLS 1.0 reported as stale, not as an exposure",
    expect: "violate",
    message: "no longer supported",
    resource: { type: NS, props: { ...NAMESPACE_BASE, minimumTlsVersion: "1.0" } },
  },
  { name: "TLS 1.1", expect: "violate", message: 'minimumTlsVersion is "1.1"', resource: { type: NS, props: { ...NAMESPACE_BASE, minimumTlsVersion: "1.1" } } },
  { name: "version unknown during preview", expect: "unknown", resource: { type: NS, props: { ...NAMESPACE_BASE, minimumTlsVersion: unknown() } } },
  {
    name: "a network rule set is not a namespace",
    expect: "not-applicable",
    resource: { type: ruleSetType("eventhub"), props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Deny" } },
  },
]);
