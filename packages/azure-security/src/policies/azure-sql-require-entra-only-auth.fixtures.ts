import { fixtures, secret, unknown } from "@rampart/policy-testing";

const S = "azure-native:sql:Server";
const ONLY = "azure-native:sql:ServerAzureADOnlyAuthentication";
const server = {
  type: S,
  name: "sql",
  props: { resourceGroupName: "rg", serverName: "sql01", administratorLogin: "sqladmin", administratorLoginPassword: secret("P@ssw0rd-Example!") },
};

export default fixtures([
  {
    name: "inline Entra-only authentication",
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
  {
    name: "ServerAzureADOnlyAuthentication on",
    expect: "pass",
    resources: [server, { type: ONLY, name: "only", props: { resourceGroupName: "rg", serverName: "sql01", azureADOnlyAuthentication: true } }],
  },
  {
    name: "ServerAzureADOnlyAuthentication off",
    expect: "violate",
    target: "only",
    message: "azureADOnlyAuthentication is false",
    resources: [server, { type: ONLY, name: "only", props: { resourceGroupName: "rg", serverName: "sql01", azureADOnlyAuthentication: false } }],
  },
  { name: "server with SQL authentication only", expect: "advisory", message: "accepts SQL authentication", resources: [server] },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resources: [server, { type: ONLY, name: "only", props: { resourceGroupName: "rg", serverName: "sql01", azureADOnlyAuthentication: unknown() } }],
  },
  {
    name: "no SQL server in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:sql:Database", name: "db", props: { resourceGroupName: "rg", serverName: "sql01" } }],
  },
]);
