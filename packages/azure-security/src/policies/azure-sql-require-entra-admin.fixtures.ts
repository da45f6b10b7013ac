import { fixtures, unknown } from "@rampart/policy-testing";
import { inlineEntraServerCase, noSqlServerCase, SQL_SERVER_WITH_LOGIN } from "../lib/sql.fixtures-kit";

const ADMIN = "azure-native:sql:ServerAzureADAdministrator";
const server = SQL_SERVER_WITH_LOGIN;
const adminProps = {
  resourceGroupName: "rg",
  serverName: "sql01",
  administratorType: "ActiveDirectory",
  login: "sql-admins",
  sid: "11111111-2222-3333-4444-555555555555",
};

export default fixtures([
  inlineEntraServerCase("inline Entra administrator"),
  { name: "ServerAzureADAdministrator linked by server name", expect: "pass", resources: [server, { type: ADMIN, name: "admin", props: adminProps }] },
  {
    name: "ServerAzureADAdministrator linked by property dependency",
    expect: "pass",
    resources: [server, { type: ADMIN, name: "admin", props: { ...adminProps, serverName: unknown() }, propertyDependencies: { serverName: ["sql"] } }],
  },
  {
    name: "administrator without sid",
    expect: "violate",
    target: "admin",
    message: "has no sid",
    resources: [server, { type: ADMIN, name: "admin", props: { resourceGroupName: "rg", serverName: "sql01", login: "x" } }],
  },
  { name: "server without Entra administrator", expect: "advisory", message: "has no Microsoft Entra administrator", resources: [server] },
  {
    name: "administrator whose server is not known yet",
    expect: "unknown",
    resources: [server, { type: ADMIN, name: "admin", props: { ...adminProps, serverName: unknown() } }],
  },
  noSqlServerCase("no SQL server in the stack"),
]);
