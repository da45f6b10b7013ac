import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const C = "azure-native:cosmosdb:SqlResourceSqlContainer";
const container = (options: Record<string, unknown>) => ({
  type: C,
  props: { resourceGroupName: "rg", accountName: "acct", databaseName: "db", resource: { id: "items" }, options },
});

export default fixtures([
  { name: "400 RU/s", expect: "pass", resource: container({ throughput: 400 }) },
  {
    name: "no dedicated throughput (shared or serverless)",
    expect: "pass",
    resource: { type: C, props: { resourceGroupName: "rg", accountName: "acct", databaseName: "db", resource: { id: "items" } } },
  },
  ...inAndOutsideProduction(
    "autoscale to 4000",
    container({ autoscaleSettings: { maxThroughput: 4000 } }),
    "options.autoscaleSettings.maxThroughput is 4000 RU/s, above the non-production cap nonProductionMaxThroughput = 1000",
  ),
  {
    name: "Mongo database with 20000 RU/s in production",
    expect: "violate",
    message: "maxThroughput = 10000",
    config: { productionStackPattern: "^dev$" },
    resource: {
      type: "azure-native:cosmosdb:MongoDBResourceMongoDBDatabase",
      props: { resourceGroupName: "rg", accountName: "acct", resource: { id: "db" }, options: { throughput: 20000 } },
    },
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxThroughput: 5000 }, resource: container({ autoscaleSettings: { maxThroughput: 4000 } }) },
  { name: "throughput unknown", expect: "unknown", resource: container({ throughput: unknown() }) },
]);
