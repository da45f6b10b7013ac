import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { AKS } from "../lib/aks";

/** AKS clusters must disable local (static certificate) accounts: `disableLocalAccounts` defaults to false. */
export default azurePolicy({
  name: "azure-aks-disable-local-accounts",
  description: "AKS clusters must disable local accounts so every user authenticates with Microsoft Entra ID.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `disableLocalAccounts: true` together with `aadProfile: { managed: true }` (local accounts can only be disabled on Entra ID-integrated clusters).",
  url: "https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad",
  resourceTypes: [AKS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "disableLocalAccounts",
      ok: isTrue,
      bad: "anyone who can list the cluster's admin credentials gets a static cluster-admin certificate. Set it to true.",
      absent: "local accounts are enabled by default, so the static cluster-admin certificate bypasses Entra ID. Set it to true.",
    });
  },
});
