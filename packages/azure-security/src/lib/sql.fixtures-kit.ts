/**
 * Shared fixture pieces of the Azure SQL server stack policies (companions of `sql:Server` linked
 * by `serverName`, see ./servers): the server, its companions and the standard cases that do not
 * depend on the policy.
 */
import { secret, type Fixture, type FixtureResource } from "@rampart/policy-testing";
import { SQL_SERVER } from "./servers";

/** A SQL server named "sql" (`serverName` sql01) with no settings. */
export const SQL_SERVER_RESOURCE: FixtureResource = { type: SQL_SERVER, name: "sql", props: { resourceGroupName: "rg", serverName: "sql01" } };

/** The SQL server "sql" (sql01) with SQL authentication (administrator login and password) only. */
export const SQL_SERVER_WITH_LOGIN: FixtureResource = {
  type: SQL_SERVER,
  name: "sql",
  props: { resourceGroupName: "rg", serverName: "sql01", administratorLogin: "sqladmin", administratorLoginPassword: secret("P@ssw0rd-Example!") },
};

/**
 * A builder of companions of type `type`, named `name`, of server sql01: `fixed` are the props
 * every one has (`securityAlertPolicyName: "Default"`), the argument those of the case.
 */
export function sqlCompanion(type: string, name: string, fixed: Record<string, unknown> = {}): (props: Record<string, unknown>) => FixtureResource {
  return (props) => ({ type, name, props: { resourceGroupName: "rg", serverName: "sql01", ...fixed, ...props } });
}

/** The pass case `name`: a server with an inline Microsoft Entra administrator and Entra-only authentication. */
export function inlineEntraServerCase(name: string): Fixture {
  return {
    name,
    expect: "pass",
    resources: [
      {
        type: SQL_SERVER,
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
  };
}

/** The not-applicable case `name`: a stack with a SQL database and no server or companion. */
export function noSqlServerCase(name: string): Fixture {
  return {
    name,
    expect: "not-applicable",
    resources: [{ type: "azure-native:sql:Database", name: "db", props: { resourceGroupName: "rg", serverName: "sql01" } }],
  };
}
