import { fixtures, secret, unknown } from "@rampart/policy-testing";

const S = "azure-native:sql:Server";
const ADMIN = "azure-native:sql:ServerAzureADAdministrator";
const server = {
  type: S,
  name: "sql",
  props: { resourceGroupName: "rg", serverName: "sql01", administratorLogin: "sqladmin", administratorLoginPassword: secret("P@ssw0rd-Example!") },
};
const adminProps = {
  resourceGroupName: "rg",
  serverName: "sql01",
  administratorType: "ActiveDirectory",
  login: "sql-admins",
  sid: "11111111-2222-3333-4444-555555555555",
};

export default fixtures([
  {
    name: "inline Entra administrator",
    expect: "pass",
    resources: [
      {
        type: S,
        name: "sql",
        props: {
          resourceGroupName: "rg",
          administrators: {
            administratorType: "ActiveDirectory",
            login: "sql-admins",
            sid: "11111111-2222-3333-4444-555555555555",
            azureADOnlyAuthentication: true,
          },
        },
      },
    ],
  },
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
  {
    name: "no SQL server in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:sql:Database", name: "db", props: { resourceGroupName: "rg", serverName: "sql01" } }],
  },
]);
