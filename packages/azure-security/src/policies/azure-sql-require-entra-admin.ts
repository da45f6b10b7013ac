import { isSet, peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { SQL_SERVER, serverLink } from "../lib/servers";

const ADMIN = "azure-native:sql:ServerAzureADAdministrator";

/**
 * Azure SQL servers should have a Microsoft Entra administrator: `administrators` (login and sid) on
 * the server, or a `sql:ServerAzureADAdministrator` of it in the stack. None by default.
 */
export default azurePolicy({
  name: "azure-sql-require-entra-admin",
  description: "Azure SQL servers should have a Microsoft Entra ID administrator so that Entra authentication can be used.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `administrators: { administratorType: "ActiveDirectory", login: "<group name>", sid: "<group object id>", tenantId, azureADOnlyAuthentication: true }` on the server, or add an azure-native.sql.ServerAzureADAdministrator.',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure",
  resourceTypes: [SQL_SERVER, ADMIN],
  validateStack: ({ index }, report) => {
    const inline = (s: { props: unknown }) => isSet(s.props, "administrators.login") || isSet(s.props, "administrators.sid");
    checkCompanions(index, report, {
      ...serverLink(SQL_SERVER, [ADMIN]),
      verdict: (c) => (peek(c.props, "sid").state === "absent" ? "bad" : "ok"),
      bad: () =>
        "This ServerAzureADAdministrator has no sid, so no Microsoft Entra principal is administrator. Set sid to the object id of the administrator group.",
      missing:
        "The server has no Microsoft Entra administrator (administrators on the server or a ServerAzureADAdministrator in the stack), so only SQL logins can administer it. Add one.",
      appliesTo: (s) => !inline(s),
    });
  },
});
