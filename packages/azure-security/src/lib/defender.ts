/**
 * Microsoft Defender for Cloud plans (`security:Pricing`, security/pricing.d.ts): one resource per
 * plan and scope, `pricingName` the plan (VirtualMachines, Containers, ...), `pricingTier` Free or
 * Standard. Plan names are the ones the CIS benchmark's audit commands query
 * (`az security pricing show -n <plan>`).
 */
import type { PolicyResource } from "@pulumi/policy";
import { msg, peek, requireKnown, show, type Report } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** Type token of a Defender for Cloud plan setting (azure-native 3). */
export const PRICING = "azure-native:security:Pricing";

/** "on", "off" (Free) or "unknown" for a Pricing resource's tier. */
export function tierState(p: PolicyResource | { props: unknown }): "on" | "off" | "unknown" {
  const t = peek<unknown>(p.props, "pricingTier");
  if (t.state === "unknown") return "unknown";
  return t.state === "known" && typeof t.value === "string" && t.value.toLowerCase() === "standard" ? "on" : "off";
}

/** Whether a Pricing resource is for `plan` ("yes", "no", or "unknown" while its name is unknown). */
export function isPlan(props: unknown, plan: string): "yes" | "no" | "unknown" {
  const n = peek<unknown>(props, "pricingName");
  if (n.state === "unknown") return "unknown";
  return n.state === "known" && typeof n.value === "string" && n.value.toLowerCase() === plan.toLowerCase() ? "yes" : "no";
}

/**
 * The check of one Defender plan policy: a Pricing resource for `plan` must have pricingTier
 * Standard. Other plans are not applicable; an unknown name matters only when the tier is Free.
 */
export function checkPlan(props: unknown, report: (message: string) => void, plan: string, title: string, notApplicable: (reason?: string) => never): void {
  const which = isPlan(props, plan);
  if (which === "no") notApplicable(`not the ${plan} plan`);
  const tier = tierState({ props });
  if (tier === "on") return;
  if (tier === "unknown") return requireKnown(props, "pricingTier");
  if (which === "unknown") return requireKnown(props, "pricingName");
  const t = peek<unknown>(props, "pricingTier");
  report(msg`pricingTier is ${t.state === "known" ? show(t.value) : "not set"} for the ${plan} plan, so ${title} is off. Set pricingTier to "Standard".`);
}

/** What sets one Defender plan policy apart from the others (see `planPolicy`). */
export interface PlanPolicySpec {
  /** Policy name, `azure-defender-require-<plan>-plan`. */
  name: string;
  /** The plan's `pricingName` (VirtualMachines, Containers, ...). */
  plan: string;
  /** The plan's product name after "Microsoft", e.g. "Defender for Servers". */
  title: string;
  /** What the plan turns on, completing "which turns on ..." in the remediation steps. */
  turnsOn: string;
  /** The plan's Defender for Cloud documentation page. */
  url: string;
}

/**
 * A "Defender plan must be on" policy (medium, advisory) on `security:Pricing`: the resource for
 * `spec.plan` must have pricingTier Standard (`checkPlan`). Description and remediation steps are
 * the family's sentences with the plan's name, title and what it turns on filled in.
 */
export function planPolicy(spec: PlanPolicySpec) {
  const { name, plan, title, turnsOn, url } = spec;
  return azurePolicy({
    name,
    description: `Microsoft ${title} must be on (pricingTier Standard) where the stack configures the ${plan} plan.`,
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: `Set \`pricingTier: "Standard"\` on the security.Pricing with \`pricingName: "${plan}"\` (scopeId the subscription), which turns on ${turnsOn}.`,
    url,
    resourceTypes: [PRICING],
    validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, plan, title, notApplicable),
  });
}

/** Type token of a Defender for Cloud security contact (security/securityContact.d.ts). */
export const SECURITY_CONTACT = "azure-native:security:SecurityContact";

/**
 * The check of one Defender for Servers component (a `security:Pricing` extension of the
 * VirtualMachines plan, e.g. AgentlessVmScanning): applies to the plan when on (the plan policy
 * reports it when off); needs sub-plan P2 (omitted means the full plan, P2) and the extension not
 * turned off. An extension the resource does not list is judged by `omitted`: "ok" when the
 * service turns it on with P2, or "advisory" when its default is not documented.
 */
export function checkServersComponent(
  props: unknown,
  report: Report,
  notApplicable: (reason?: string) => never,
  c: { extension: string; title: string; omitted: "ok" | "advisory" },
): void {
  const which = isPlan(props, "VirtualMachines");
  if (which === "no") notApplicable("not the VirtualMachines plan");
  const tier = tierState({ props });
  if (tier === "unknown") return requireKnown(props, "pricingTier");
  if (tier === "off") notApplicable("the Defender for Servers plan is off (azure-defender-require-servers-plan reports it)");
  if (which === "unknown") return requireKnown(props, "pricingName");
  const sub = peek<unknown>(props, "subPlan");
  if (sub.state === "unknown") return requireKnown(props, "subPlan");
  if (sub.state === "known" && typeof sub.value === "string" && sub.value.toLowerCase() === "p1")
    return report(msg`subPlan is ${show(sub.value)}: ${c.title} is a Plan 2 component, so it is off. Set subPlan to "P2".`);
  const list = peek<unknown>(props, "extensions");
  if (list.state === "unknown") return requireKnown(props, "extensions");
  const entries = list.state === "known" && Array.isArray(list.value) ? (list.value as unknown[]) : [];
  let pendingName = false;
  for (const [i, e] of entries.entries()) {
    const name = peek<unknown>(e, "name");
    if (name.state === "unknown") pendingName = true;
    if (!(name.state === "known" && typeof name.value === "string" && name.value.toLowerCase() === c.extension.toLowerCase())) continue;
    const on = peek<unknown>(e, "isEnabled");
    if (on.state === "unknown") return requireKnown(props, ["extensions", i, "isEnabled"]);
    if (on.state === "known" && typeof on.value === "string" && on.value.toLowerCase() === "true") return;
    return report(
      msg`extensions entry ${c.extension} has isEnabled ${on.state === "known" ? show(on.value) : "not set"}: ${c.title} is off. Set isEnabled to "True".`,
    );
  }
  if (pendingName) return requireKnown(props, "extensions");
  if (c.omitted === "advisory")
    report.advisory(
      msg`extensions does not list ${c.extension}: whether ${c.title} is on then depends on the subscription's current setting. Add { name: "${c.extension}", isEnabled: "True" }.`,
    );
}

/** What sets one Defender for Servers component policy apart (see `serversComponentPolicy`). */
export interface ServersComponentPolicySpec {
  /** Policy name, `azure-defender-servers-require-<component>`. */
  name: string;
  description: string;
  remediationSteps: string;
  url: string;
  /** The component, as `checkServersComponent` takes it. */
  component: { extension: string; title: string; omitted: "ok" | "advisory" };
}

/** A Defender for Servers component policy (medium, advisory) on `security:Pricing` (`checkServersComponent`). */
export function serversComponentPolicy(spec: ServersComponentPolicySpec) {
  const { component, ...text } = spec;
  return azurePolicy({
    ...text,
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: [PRICING],
    validateResource: ({ props, notApplicable }, report) => checkServersComponent(props, report, notApplicable, component),
  });
}
