import { fixtures, unknown } from "@rampart/policy-testing";
import { NAMESPACE_BASE, namespaceType, ruleSetType } from "../lib/messaging";

const NS = namespaceType("servicebus");
const RS = ruleSetType("servicebus");
const ns = { type: NS, name: "ns", props: NAMESPACE_BASE };

export default fixtures([
  { name: "public access disabled", expect: "pass", resources: [{ ...ns, props: { ...NAMESPACE_BASE, publicNetworkAccess: "Disabled" } }] },
  {
    name: "deny-by-default rule set",
    expect: "pass",
    resources: [
      ns,
      {
        type: RS,
        name: "ns-rules",
        props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Deny", ipRules: [{ ipMask: "203.0.113.0/24", action: "Allow" }] },
      },
    ],
  },
  {
    name: "rule set linked by dependency during preview",
    expect: "pass",
    resources: [
      { ...ns, props: { ...NAMESPACE_BASE, namespaceName: unknown() } },
      {
        type: RS,
        name: "ns-rules",
        props: { resourceGroupName: "rg", namespaceName: unknown(), defaultAction: "Deny" },
        propertyDependencies: { namespaceName: ["ns"] },
      },
    ],
  },
  { name: "namespace with defaults", expect: "violate", target: "ns", message: 'namespace "ns" accepts connections from every network', resources: [ns] },
  {
    name: "rule set that allows by default",
    expect: "violate",
    target: "ns",
    message: "no NamespaceNetworkRuleSet for it has defaultAction Deny",
    resources: [ns, { type: RS, name: "ns-rules", props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Allow" } }],
  },
  {
    name: "rule set for another namespace",
    expect: "violate",
    target: "ns",
    message: "accepts connections from every network",
    resources: [ns, { type: RS, name: "other-rules", props: { resourceGroupName: "rg", namespaceName: "ns-other", defaultAction: "Deny" } }],
  },
  { name: "public access unknown during preview", expect: "unknown", resources: [{ ...ns, props: { ...NAMESPACE_BASE, publicNetworkAccess: unknown() } }] },
  {
    name: "rule set default action unknown",
    expect: "unknown",
    resources: [ns, { type: RS, name: "ns-rules", props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: unknown() } }],
  },
  {
    name: "deny-by-default rule set whose IP rules admit 0.0.0.0/0",
    expect: "violate",
    target: "ns",
    message: "without an ipRules entry for 0.0.0.0/0",
    resources: [
      ns,
      {
        type: RS,
        name: "ns-rules",
        props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Deny", ipRules: [{ ipMask: "0.0.0.0/0", action: "Allow" }] },
      },
    ],
  },
  {
    name: "deny-by-default rule set whose IP rule is unknown during preview",
    expect: "unknown",
    resources: [
      ns,
      { type: RS, name: "ns-rules", props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Deny", ipRules: [{ ipMask: unknown() }] } },
    ],
  },
]);
