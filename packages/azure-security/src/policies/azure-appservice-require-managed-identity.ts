import { azurePolicy } from "../policy";
import { checkValue, noneOf } from "../lib/checks";
import { SITES } from "../lib/web";

/**
 * Sites should have a managed identity (`identity.type` SystemAssigned and/or UserAssigned) so they
 * reach Key Vault, storage and databases without secrets in app settings. None unless set.
 */
export default azurePolicy({
  name: "azure-appservice-require-managed-identity",
  description: "App Service and Function apps should use a managed identity to access other Azure resources.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `identity: { type: "SystemAssigned" }` (or "UserAssigned" with `userAssignedIdentities`), grant it roles on the resources the app uses, and replace connection strings holding keys with identity-based connections.',
  url: "https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity",
  resourceTypes: [...SITES],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "identity.type",
      ok: noneOf("None", ""),
      bad: "the app has no managed identity, so it must hold secrets to reach other resources. Set SystemAssigned or UserAssigned.",
      absent: "the app has no managed identity, so it must hold secrets to reach other resources. Set identity.type SystemAssigned or UserAssigned.",
    });
  },
});
