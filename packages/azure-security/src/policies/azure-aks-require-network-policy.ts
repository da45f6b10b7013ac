import { azurePolicy } from "../policy";
import { checkValue, noneOf } from "../lib/checks";
import { AKS } from "../lib/aks";

/**
 * AKS clusters must enforce Kubernetes network policies: `networkProfile.networkPolicy` azure,
 * calico or cilium. Omitted (or "none"), network policies are not enforced, per the
 * NetworkPolicy enum of azure-native.
 */
export default azurePolicy({
  name: "azure-aks-require-network-policy",
  description: "AKS clusters must enable a network policy engine (Azure, Calico or Cilium) to restrict pod traffic.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `networkProfile.networkPolicy` to "azure", "calico" or "cilium" (cilium with `networkDataplane: "cilium"`), then add Kubernetes NetworkPolicy objects that deny by default.',
  url: "https://learn.microsoft.com/en-us/azure/aks/use-network-policies",
  resourceTypes: [AKS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "networkProfile.networkPolicy",
      ok: noneOf("none", ""),
      bad: "Kubernetes network policies are not enforced, so every pod can reach every other pod. Set azure, calico or cilium.",
      absent: "network policies are not enforced by default, so every pod can reach every other pod. Set azure, calico or cilium.",
    });
  },
});
