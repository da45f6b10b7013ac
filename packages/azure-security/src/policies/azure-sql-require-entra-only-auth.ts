import { peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { isTrue } from "../lib/settings";
import { SQL_SERVER, serverLink } from "../lib/servers";

const ENTRA_ONLY = "azure-native:sql:ServerAzureADOnlyAuthentication";

/**
 * Azure SQL servers should accept Microsoft Entra authentication only:
 * `administrators.azureADOnlyAuthentication` on the server or a `sql:ServerAzureADOnlyAuthentication`
 * with `azureADOnlyAuthentication` true. SQL authentication stays on by default.
 */
export default azurePolicy({
  name: "azure-sql-require-entra-only-auth",
  description: "Azure SQL servers should allow Microsoft Entra authentication only and turn off SQL authentication.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `administrators.azureADOnlyAuthentication: true` on the server, or add an azure-native.sql.ServerAzureADOnlyAuthentication with `azureADOnlyAuthentication: true`.",
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-azure-ad-only-authentication",
  resourceTypes: [SQL_SERVER, ENTRA_ONLY],
  validateStack: ({ index }, report) => {
    const inline = (s: { props: unknown }) => {
      const v = peek(s.props, "administrators.azureADOnlyAuthentication");
      return v.state === "unknown" || (v.state === "known" && isTrue(v.value));
    };
    checkCompanions(index, report, {
      ...serverLink(SQL_SERVER, [ENTRA_ONLY]),
      verdict: (c) => {
        const v = peek(c.props, "azureADOnlyAuthentication");
        return v.state === "unknown" ? "unknown" : v.state === "known" && isTrue(v.value) ? "ok" : "bad";
      },
      bad: () => "azureADOnlyAuthentication is false on this ServerAzureADOnlyAuthentication, so SQL logins with passwords still work. Set it to true.",
      missing:
        "The server accepts SQL authentication (no administrators.azureADOnlyAuthentication and no ServerAzureADOnlyAuthentication in the stack). Turn on Microsoft Entra-only authentication.",
      appliesTo: (s) => !inline(s),
    });
  },
});
