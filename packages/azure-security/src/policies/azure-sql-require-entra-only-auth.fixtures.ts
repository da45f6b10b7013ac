import { fixtures, unknown } from "@rampart/policy-testing";
import { inlineEntraServerCase, noSqlServerCase, sqlCompanion, SQL_SERVER_WITH_LOGIN } from "../lib/sql.fixtures-kit";

const only = sqlCompanion("azure-native:sql:ServerAzureADOnlyAuthentication", "only");
const server = SQL_SERVER_WITH_LOGIN;

export default fixtures([
  inlineEntraServerCase("inline Entra-only authentication"),
  {
    name: "ServerAzureADOnlyAuthentication on",
    expect: "pass",
    resources: [server, only({ azureADOnlyAuthentication: true })],
  },
  {
    name: "ServerAzureADOnlyAuthentication off",
    expect: "violate",
    target: "only",
    message: "azureADOnlyAuthentication is false",
    resources: [server, only({ azureADOnlyAuthentication: false })],
  },
  { name: "server with SQL authentication only", expect: "advisory", message: "accepts SQL authentication", resources: [server] },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resources: [server, only({ azureADOnlyAuthentication: unknown() })],
  },
  noSqlServerCase("no SQL server in the stack"),
]);
