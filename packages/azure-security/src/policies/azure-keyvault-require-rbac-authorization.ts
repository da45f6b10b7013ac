import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** Key vaults should authorize data actions with Azure RBAC (`properties.enableRbacAuthorization`; false when omitted, per the SDK). */
export default azurePolicy({
  name: "azure-keyvault-require-rbac-authorization",
  description: "Key vaults should use Azure role-based access control instead of vault access policies.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `enableRbacAuthorization: true` in the vault's properties and grant Key Vault data roles (e.g. Key Vault Secrets User) with azure-native.authorization.RoleAssignment instead of accessPolicies.",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide",
  resourceTypes: ["azure-native:keyvault:Vault"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "properties.enableRbacAuthorization", isTrue, false) !== "ok") {
      report(
        "properties.enableRbacAuthorization is not true, so data access is governed by vault access policies. Set enableRbacAuthorization to true and use role assignments.",
      );
    }
  },
});
