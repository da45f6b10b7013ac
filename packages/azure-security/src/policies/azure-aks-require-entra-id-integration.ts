import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { AKS } from "../lib/aks";

/**
 * AKS clusters must authenticate users with Microsoft Entra ID through AKS-managed Entra
 * integration (`aadProfile.managed: true`); without `aadProfile` only certificate-based local
 * accounts exist, and the legacy (unmanaged) integration is deprecated.
 */
export default azurePolicy({
  name: "azure-aks-require-entra-id-integration",
  description: "AKS clusters must use AKS-managed Microsoft Entra ID integration for user authentication.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `aadProfile: { managed: true, enableAzureRBAC: true }` (or `adminGroupObjectIDs` for Kubernetes RBAC with Entra groups) and remove serverAppID/clientAppID of the legacy integration.",
  url: "https://learn.microsoft.com/en-us/azure/aks/enable-authentication-microsoft-entra-id",
  resourceTypes: [AKS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "aadProfile.managed",
      ok: isTrue,
      bad: "the cluster uses the deprecated legacy Entra ID integration. Set aadProfile.managed to true.",
      absent: "the cluster has no AKS-managed Microsoft Entra ID integration, so users sign in with local certificates. Set aadProfile: { managed: true }.",
    });
  },
});
