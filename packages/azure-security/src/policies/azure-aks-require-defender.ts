import { msg, peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { AKS } from "../lib/aks";
import { isPlan, PRICING, tierState } from "../lib/defender";

/**
 * AKS clusters should run the Microsoft Defender sensor: `securityProfile.defender.securityMonitoring.enabled`
 * on the cluster, or the Defender for Containers plan (`security:Pricing` Containers, Standard)
 * in the same stack, which provisions the sensor on the subscription's clusters. Stack policy,
 * because the plan is a separate resource; advisory, because the plan may be enabled outside the stack.
 */
export default azurePolicy({
  name: "azure-aks-require-defender",
  description: "AKS clusters must be protected by Microsoft Defender for Containers (the Defender sensor or the subscription plan).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `securityProfile: { defender: { securityMonitoring: { enabled: true }, logAnalyticsWorkspaceResourceId: <workspace id> } }`, or enable the Defender for Containers plan: `new azure_native.security.Pricing("containers", { pricingName: "Containers", pricingTier: "Standard", scopeId: "/subscriptions/<id>" })`.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-enable",
  resourceTypes: [AKS, PRICING],
  validateStack: ({ index }, report) => {
    const plans = index.ofType(PRICING).filter((p) => isPlan(p.props, "Containers") !== "no");
    const planState = plans.map((p) => (isPlan(p.props, "Containers") === "unknown" ? "unknown" : tierState(p)));
    if (planState.includes("on")) return;
    for (const c of index.ofType(AKS)) {
      const d = peek<unknown>(c.props, "securityProfile.defender.securityMonitoring.enabled");
      if (d.state === "known" && d.value === true) continue;
      if (d.state === "unknown" || planState.includes("unknown")) {
        report.unknown(msg`Cluster "${c.name}": whether Defender protects it is not known yet.`, c.urn);
        continue;
      }
      report(
        msg`Cluster "${c.name}" has no Defender sensor: securityProfile.defender.securityMonitoring.enabled is not true and no Defender for Containers plan (Pricing Containers, Standard) is in the stack. Enable one of them.`,
        c.urn,
      );
    }
  },
});
