/**
 * Event Hubs and Service Bus namespaces share their security settings (`disableLocalAuth`,
 * `minimumTlsVersion`, `publicNetworkAccess` on `<module>:Namespace`) and their firewall
 * resource (`<module>:NamespaceNetworkRuleSet`, linked by `namespaceName`); eventhub/namespace.d.ts,
 * servicebus/namespace.d.ts, .../namespaceNetworkRuleSet.d.ts.
 */
import type { PolicyResource } from "@pulumi/policy";
import { isOpenCidr, msg, peek, peekItems, type StackIndex, type StackReport } from "@rampart/policy-core";
import { checkValue, isTrue } from "./checks";
import { tls12OrNewer } from "./tls";
import { isPublicAccessOff } from "./data";
import { azurePolicy } from "../policy";

/** The two messaging modules of azure-native with the same namespace shape. */
export type MessagingModule = "eventhub" | "servicebus";

/** Type token of the namespace of `m`. */
export const namespaceType = (m: MessagingModule): string => `azure-native:${m}:Namespace`;
/** Type token of the namespace network rule set of `m`. */
export const ruleSetType = (m: MessagingModule): string => `azure-native:${m}:NamespaceNetworkRuleSet`;

/** The service's name in messages ("Event Hubs namespace ..."). */
const LABEL: Record<MessagingModule, string> = { eventhub: "Event Hubs", servicebus: "Service Bus" };

/**
 * The resource check of "namespace must accept Microsoft Entra ID only" on a namespace's inputs
 * `props`: `disableLocalAuth` must be true (false when omitted, so SAS keys work).
 */
export function checkLocalAuth(props: unknown, report: (message: string) => void): void {
  checkValue(props, report, {
    path: "disableLocalAuth",
    ok: isTrue,
    bad: "shared access signature keys grant access to the namespace. Set it to true and use Entra ID.",
    absent: "SAS key authentication is enabled by default. Set disableLocalAuth to true and use Entra ID.",
  });
}

/**
 * The resource check of "namespace must require TLS 1.2" on a namespace of `m`: an explicit
 * `minimumTlsVersion` below 1.2 is reported as a stale value (the service has required TLS 1.2
 * since 28 February 2025, so an omitted value passes).
 */
export function checkNamespaceTls(m: MessagingModule, props: unknown, report: (message: string) => void): void {
  checkValue(props, report, {
    path: "minimumTlsVersion",
    ok: tls12OrNewer,
    bad: `TLS 1.0 and 1.1 are no longer supported on ${LABEL[m]} (since 28 February 2025 every namespace requires TLS 1.2), so the value is stale and misleading. Set "1.2" or remove it.`,
  });
}

/** The folder of each service's documentation under learn.microsoft.com/en-us/azure/. */
const DOCS: Record<MessagingModule, string> = { eventhub: "event-hubs", servicebus: "service-bus-messaging" };

/**
 * The policy `azure-<m>-require-tls12` (medium, advisory) on `<m>:Namespace`: `checkNamespaceTls`,
 * with the service's transport-layer-security-configure-minimum-version page as its url.
 */
export function namespaceTlsPolicy(m: MessagingModule) {
  return azurePolicy({
    name: `azure-${m}-require-tls12`,
    description: `${LABEL[m]} namespaces must require TLS 1.2 or newer.`,
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: `Set \`minimumTlsVersion: "1.2"\` on the ${m}.Namespace or remove it.`,
    url: `https://learn.microsoft.com/en-us/azure/${DOCS[m]}/transport-layer-security-configure-minimum-version`,
    resourceTypes: [namespaceType(m)],
    validateResource: ({ props }, report) => checkNamespaceTls(m, props, report),
  });
}

/**
 * The policy `azure-<m>-disable-local-auth` (medium, advisory) on `<m>:Namespace`: `checkLocalAuth`.
 * @param url the service's page on disabling SAS key authentication.
 */
export function namespaceLocalAuthPolicy(m: MessagingModule, url: string) {
  return azurePolicy({
    name: `azure-${m}-disable-local-auth`,
    description: `${LABEL[m]} namespaces must disable local (SAS key) authentication and use Microsoft Entra ID.`,
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: `Set \`disableLocalAuth: true\` on the ${m}.Namespace, give applications' managed identities the ${LABEL[m]} Data Sender/Receiver roles, and remove SAS connection strings.`,
    url,
    resourceTypes: [namespaceType(m)],
    validateResource: ({ props }, report) => checkLocalAuth(props, report),
  });
}

/**
 * The stack policy `azure-<m>-restrict-network-access` (medium, advisory) on `<m>:Namespace` and
 * `<m>:NamespaceNetworkRuleSet`: `checkNamespaceNetwork`.
 * @param url the service's IP firewall page.
 */
export function namespaceNetworkPolicy(m: MessagingModule, url: string) {
  return azurePolicy({
    name: `azure-${m}-restrict-network-access`,
    description: `${LABEL[m]} namespaces should restrict network access with private endpoints or a deny-by-default firewall.`,
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: `Set \`publicNetworkAccess: "Disabled"\` on the ${m}.Namespace and use private endpoints, or add a ${m}.NamespaceNetworkRuleSet with \`defaultAction: "Deny"\` and \`ipRules\` / \`virtualNetworkRules\` for your networks (Premium, or Standard for IP rules).`,
    url,
    resourceTypes: [namespaceType(m), ruleSetType(m)],
    validateStack: ({ index }, report) => checkNamespaceNetwork(m, index, report),
  });
}

function closes(r: PolicyResource): "yes" | "no" | "unknown" {
  const pna = peek<unknown>(r.props, "publicNetworkAccess");
  if (pna.state === "known" && isPublicAccessOff(pna.value)) return "yes";
  const action = peek<unknown>(r.props, "defaultAction");
  if (action.state === "known" && typeof action.value === "string" && action.value.toLowerCase() === "deny") {
    // A deny-by-default firewall whose IP rules admit 0.0.0.0/0 still admits every network.
    const rules = peekItems<unknown>(r.props, "ipRules");
    const masks = rules.known.map((rule) => peek<unknown>(rule, "ipMask"));
    if (masks.some((m) => m.state === "known" && isOpenCidr(m.value))) return "no";
    if (rules.unknown || masks.some((m) => m.state === "unknown")) return "unknown";
    return "yes";
  }
  return pna.state === "unknown" || action.state === "unknown" ? "unknown" : "no";
}

/**
 * The stack check of "namespace must not accept connections from every network": the namespace's
 * `publicNetworkAccess` Disabled/SecuredByPerimeter, or a NamespaceNetworkRuleSet for it with
 * `defaultAction: "Deny"` (and no `ipRules` entry with ipMask 0.0.0.0/0) or
 * `publicNetworkAccess: "Disabled"`. By default public access is
 * enabled with no rule set.
 */
export function checkNamespaceNetwork(m: MessagingModule, index: StackIndex, report: StackReport): void {
  const label = LABEL[m];
  const ns = namespaceType(m);
  const links = index.companions({ targetTypes: [ns], companionTypes: [ruleSetType(m)], linkProperty: "namespaceName", targetKeys: ["namespaceName", "name"] });
  for (const n of index.ofType(ns)) {
    const own = closes(n);
    if (own === "yes") continue;
    const sets = (links.byTarget.get(n.urn) ?? []).map(closes);
    if (sets.includes("yes")) continue;
    if (own === "unknown" || sets.includes("unknown") || (sets.length === 0 && links.unresolved.length > 0)) {
      report.unknown(msg`${label} namespace "${n.name}": whether public network access is restricted is not known yet.`, n.urn);
      continue;
    }
    report(
      msg`${label} namespace "${n.name}" accepts connections from every network: publicNetworkAccess is not Disabled (the default is Enabled) and no NamespaceNetworkRuleSet for it has defaultAction Deny (without an ipRules entry for 0.0.0.0/0). Set publicNetworkAccess to "Disabled" (private endpoints) or add a NamespaceNetworkRuleSet with defaultAction "Deny" and IP or virtual network rules.`,
      n.urn,
    );
  }
}
