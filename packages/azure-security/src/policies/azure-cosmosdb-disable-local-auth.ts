import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { COSMOS } from "../lib/data";

/** Cosmos DB accounts must accept Microsoft Entra ID only (`disableLocalAuth`, false unless set, so account keys work). */
export default azurePolicy({
  name: "azure-cosmosdb-disable-local-auth",
  description: "Cosmos DB accounts must disable key-based (local) authentication and use Microsoft Entra ID.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `disableLocalAuth: true`, give the applications' managed identities Cosmos DB data-plane roles (sqlRoleAssignments) and connect with Entra ID credentials instead of account keys.",
  url: "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-rbac#disable-local-auth",
  resourceTypes: [COSMOS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "disableLocalAuth",
      ok: isTrue,
      bad: "account keys grant full data access. Set it to true and use Entra ID.",
      absent: "local authentication is enabled by default, so account keys grant full data access. Set disableLocalAuth to true.",
    });
  },
});
