import { azurePolicy } from "../policy";
import { checkValue } from "../lib/checks";
import { AKS } from "../lib/aks";

/** AKS clusters must keep Kubernetes RBAC on (`enableRBAC` defaults to true; only false is reported). */
export default azurePolicy({
  name: "azure-aks-require-rbac",
  description: "AKS clusters must have Kubernetes role-based access control enabled.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Remove `enableRBAC: false` (RBAC is on by default) or set it to true; RBAC cannot be turned on for an existing cluster, so recreate it.",
  url: "https://learn.microsoft.com/en-us/azure/aks/concepts-identity#kubernetes-rbac",
  resourceTypes: [AKS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "enableRBAC",
      ok: (v) => v !== false,
      bad: "Kubernetes RBAC is off, so every authenticated identity has full access to the cluster. Remove the setting or set it to true.",
    });
  },
});
