import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { AKS } from "../lib/aks";

/** AKS clusters should run the Azure Policy add-on (`addonProfiles.azurepolicy.enabled`), off unless set. */
export default azurePolicy({
  name: "azure-aks-require-azure-policy-addon",
  description: "AKS clusters should enable the Azure Policy add-on so Kubernetes workloads are audited and governed.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `addonProfiles: { azurepolicy: { enabled: true } }` and assign the Kubernetes policy initiatives you need.",
  url: "https://learn.microsoft.com/en-us/azure/governance/policy/concepts/policy-for-kubernetes",
  resourceTypes: [AKS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "addonProfiles.azurepolicy.enabled",
      ok: isTrue,
      bad: "Azure Policy does not audit or enforce policies inside the cluster. Set it to true.",
      absent:
        "the Azure Policy add-on is off by default, so policies are not audited or enforced inside the cluster. Set addonProfiles.azurepolicy.enabled to true.",
    });
  },
});
