import { fixtures, unknown } from "@rampart/policy-testing";
import { NAMESPACE_BASE, namespaceType, ruleSetType } from "../lib/messaging";

const NS = namespaceType("eventhub");

export default fixtures([
  { name: "Entra ID only", expect: "pass", resource: { type: NS, props: { ...NAMESPACE_BASE, disableLocalAuth: true } } },
  { name: "namespace with defaults", expect: "violate", message: "disableLocalAuth is not set", resource: { type: NS, props: NAMESPACE_BASE } },
  {
    name: "SAS keys explicitly allowed",
    expect: "violate",
    message: "disableLocalAuth is false",
    resource: { type: NS, props: { ...NAMESPACE_BASE, disableLocalAuth: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: NS, props: { ...NAMESPACE_BASE, disableLocalAuth: unknown() } } },
  {
    name: "a network rule set is not a namespace",
    expect: "not-applicable",
    resource: { type: ruleSetType("eventhub"), props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Deny" } },
  },
]);
