import { fixtures, unknown } from "@rampart/policy-testing";

const SERVER = "azure-native:sql:Server";
const DB = "azure-native:sql:Database";
const FG = "azure-native:sql:FailoverGroup";
const EU = { allowedJurisdictions: ["EU"] };
const PRIMARY_DB_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/primary/databases/app";
const secondary = (location?: unknown) => ({
  resourceGroupName: "rg",
  serverName: "secondary",
  createMode: "Secondary",
  sourceDatabaseId: PRIMARY_DB_ID,
  ...(location === undefined ? {} : { location }),
});

export default fixtures([
  { name: "geo-secondary in North Europe", expect: "pass", config: EU, resources: [{ type: DB, name: "replica", props: secondary("northeurope") }] },
  {
    name: "geo-secondary in East US 2",
    expect: "violate",
    config: EU,
    target: "replica",
    message: 'Geo-secondary database "replica" is in "eastus2" (East US 2, US)',
    resources: [{ type: DB, name: "replica", props: secondary("East US 2") }],
  },
  {
    name: "geo-secondary without location takes its server's (linked by dependency)",
    expect: "violate",
    config: EU,
    target: "replica",
    message: '"centralus" (Central US, US)',
    resources: [
      { type: SERVER, name: "secondary", props: { resourceGroupName: "rg", location: "centralus" } },
      { type: DB, name: "replica", props: secondary(), propertyDependencies: { serverName: ["secondary"] } },
    ],
  },
  {
    name: "a primary database is not a replica",
    expect: "pass",
    config: EU,
    resources: [{ type: DB, name: "app", props: { resourceGroupName: "rg", serverName: "primary", location: "eastus" } }],
  },
  {
    name: "failover group partner server in West US",
    expect: "violate",
    config: EU,
    target: "fg",
    message: 'replicates to partner server "partner", which is in "westus"',
    resources: [
      {
        type: SERVER,
        name: "partner",
        props: { resourceGroupName: "rg", location: "westus", id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/partner" },
      },
      {
        type: FG,
        name: "fg",
        props: {
          resourceGroupName: "rg",
          serverName: "primary",
          partnerServers: [{ id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/partner" }],
          readWriteEndpoint: { failoverPolicy: "Automatic" },
        },
      },
    ],
  },
  {
    name: "failover group partner server in France Central (linked during preview)",
    expect: "pass",
    config: EU,
    resources: [
      { type: SERVER, name: "partner", props: { resourceGroupName: "rg", location: "francecentral" } },
      {
        type: FG,
        name: "fg",
        props: { resourceGroupName: "rg", serverName: "primary", partnerServers: [{ id: unknown() }] },
        propertyDependencies: { partnerServers: ["partner"] },
      },
    ],
  },
  { name: "not configured: left to azure-location-allowed-region", expect: "pass", resources: [{ type: DB, name: "replica", props: secondary("eastus") }] },
  {
    name: "geo-secondary location unknown during preview",
    expect: "unknown",
    config: EU,
    resources: [{ type: DB, name: "replica", props: secondary(unknown()) }],
  },
  {
    name: "failover group partner outside the stack",
    expect: "unknown",
    config: EU,
    resources: [{ type: FG, name: "fg", props: { resourceGroupName: "rg", serverName: "primary", partnerServers: [{ id: "/subscriptions/s/x" }] } }],
  },
]);
