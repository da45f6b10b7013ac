import { fixtures, unknown } from "@rampart/policy-testing";

const TDE = "azure-native:sql:TransparentDataEncryption";
const base = { resourceGroupName: "rg", serverName: "sql01", databaseName: "app", tdeName: "current" };

export default fixtures([
  { name: "TDE enabled", expect: "pass", resource: { type: TDE, props: { ...base, state: "Enabled" } } },
  { name: "TDE disabled", expect: "violate", message: 'state is not "Enabled"', resource: { type: TDE, props: { ...base, state: "Disabled" } } },
  { name: "state unknown during preview", expect: "unknown", resource: { type: TDE, props: { ...base, state: unknown() } } },
  {
    name: "a database is not its TDE setting",
    expect: "not-applicable",
    resource: { type: "azure-native:sql:Database", props: { resourceGroupName: "rg", serverName: "sql01" } },
  },
]);
