/**
 * Microsoft Defender for Cloud plans (`security:Pricing`, security/pricing.d.ts): one resource per
 * plan and scope, `pricingName` the plan (VirtualMachines, Containers, ...), `pricingTier` Free or
 * Standard. Plan names are the ones the CIS benchmark's audit commands query
 * (`az security pricing show -n <plan>`).
 */
import type { PolicyResource } from "@pulumi/policy";
import { msg, peek, requireKnown, show } from "@rampart/policy-core";

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

/** Type token of a Defender for Cloud security contact (security/securityContact.d.ts). */
export const SECURITY_CONTACT = "azure-native:security:SecurityContact";
