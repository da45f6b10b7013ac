/**
 * The standard fixture cases of the Event Hubs and Service Bus namespace policies
 * (`checkLocalAuth`, `checkNamespaceTls`, `checkNamespaceNetwork` of ./messaging), which are the
 * same for both modules but for the type tokens.
 */
import { fixtures, unknown, type Fixture } from "@rampart/policy-testing";
import { requiredTrueFixtures } from "./flag.fixtures-kit";
import { namespaceType, ruleSetType, type MessagingModule } from "./messaging";
import { minimumTlsFixtures } from "./tls.fixtures-kit";

/** A minimal namespace's inputs. */
const NAMESPACE_BASE = { resourceGroupName: "rg", namespaceName: "ns-prod", sku: { name: "Standard" } } as const;

/** The not-applicable case of the namespace resource policies: a network rule set of `m`. */
function ruleSetIsNotNamespace(m: MessagingModule): Fixture {
  return {
    name: "a network rule set is not a namespace",
    expect: "not-applicable",
    resource: { type: ruleSetType(m), props: { resourceGroupName: "rg", namespaceName: "ns-prod", defaultAction: "Deny" } },
  };
}

/** Cases of a `disableLocalAuth` policy on namespaces of `m`: true passes, omitted and false violate, unknown is unknown. */
export function localAuthFixtures(m: MessagingModule): Fixture[] {
  return requiredTrueFixtures({
    type: namespaceType(m),
    base: NAMESPACE_BASE,
    flag: "disableLocalAuth",
    on: "Entra ID only",
    defaults: "namespace with defaults",
    off: "SAS keys explicitly allowed",
    notApplicable: ruleSetIsNotNamespace(m),
  });
}

/** Cases of a `minimumTlsVersion` policy on namespaces of `m`: omitted and 1.2 pass, 1.0 and 1.1 violate (as stale values), unknown is unknown. */
export function namespaceTlsFixtures(m: MessagingModule): Fixture[] {
  return minimumTlsFixtures({
    type: namespaceType(m),
    base: NAMESPACE_BASE,
    path: "minimumTlsVersion",
    defaults: "namespace with defaults",
    versions: { v12: "1.2", v10: "1.0", v11: "1.1" },
    retired: { name: "TLS 1.0 reported as stale, not as an exposure", message: "no longer supported" },
    notApplicable: ruleSetIsNotNamespace(m),
  });
}

/**
 * Cases of the network access stack policy on namespaces of `m` and their NamespaceNetworkRuleSets:
 * public access Disabled or a deny-by-default rule set (linked by name or by dependency) pass; the
 * defaults, an allow-by-default rule set, a rule set of another namespace and a deny rule set that
 * admits 0.0.0.0/0 violate; unknown access, default action or IP rule are unknown.
 */
export function namespaceNetworkFixtures(m: MessagingModule): Fixture[] {
  const NS = namespaceType(m);
  const RS = ruleSetType(m);
  const ns = { type: NS, name: "ns", props: NAMESPACE_BASE };
  const rules = (props: Record<string, unknown>, name = "ns-rules") => ({
    type: RS,
    name,
    props: { resourceGroupName: "rg", namespaceName: "ns-prod", ...props },
  });
  return fixtures([
    { name: "public access disabled", expect: "pass", resources: [{ ...ns, props: { ...NAMESPACE_BASE, publicNetworkAccess: "Disabled" } }] },
    {
      name: "deny-by-default rule set",
      expect: "pass",
      resources: [ns, rules({ defaultAction: "Deny", ipRules: [{ ipMask: "203.0.113.0/24", action: "Allow" }] })],
    },
    {
      name: "rule set linked by dependency during preview",
      expect: "pass",
      resources: [
        { ...ns, props: { ...NAMESPACE_BASE, namespaceName: unknown() } },
        { ...rules({ namespaceName: unknown(), defaultAction: "Deny" }), propertyDependencies: { namespaceName: ["ns"] } },
      ],
    },
    { name: "namespace with defaults", expect: "violate", target: "ns", message: 'namespace "ns" accepts connections from every network', resources: [ns] },
    {
      name: "rule set that allows by default",
      expect: "violate",
      target: "ns",
      message: "no NamespaceNetworkRuleSet for it has defaultAction Deny",
      resources: [ns, rules({ defaultAction: "Allow" })],
    },
    {
      name: "rule set for another namespace",
      expect: "violate",
      target: "ns",
      message: "accepts connections from every network",
      resources: [ns, rules({ namespaceName: "ns-other", defaultAction: "Deny" }, "other-rules")],
    },
    { name: "public access unknown during preview", expect: "unknown", resources: [{ ...ns, props: { ...NAMESPACE_BASE, publicNetworkAccess: unknown() } }] },
    { name: "rule set default action unknown", expect: "unknown", resources: [ns, rules({ defaultAction: unknown() })] },
    {
      name: "deny-by-default rule set whose IP rules admit 0.0.0.0/0",
      expect: "violate",
      target: "ns",
      message: "without an ipRules entry for 0.0.0.0/0",
      resources: [ns, rules({ defaultAction: "Deny", ipRules: [{ ipMask: "0.0.0.0/0", action: "Allow" }] })],
    },
    {
      name: "deny-by-default rule set whose IP rule is unknown during preview",
      expect: "unknown",
      resources: [ns, rules({ defaultAction: "Deny", ipRules: [{ ipMask: unknown() }] })],
    },
  ]);
}
