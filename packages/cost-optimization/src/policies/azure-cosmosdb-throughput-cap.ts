import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

/** Cosmos DB resources whose `options` (CreateUpdateOptions) set provisioned or autoscale throughput. */
export const COSMOS_THROUGHPUT_TYPES = [
  "azure-native:cosmosdb:SqlResourceSqlDatabase",
  "azure-native:cosmosdb:SqlResourceSqlContainer",
  "azure-native:cosmosdb:MongoDBResourceMongoDBDatabase",
  "azure-native:cosmosdb:MongoDBResourceMongoDBCollection",
  "azure-native:cosmosdb:CassandraResourceCassandraKeyspace",
  "azure-native:cosmosdb:CassandraResourceCassandraTable",
  "azure-native:cosmosdb:GremlinResourceGremlinDatabase",
  "azure-native:cosmosdb:GremlinResourceGremlinGraph",
  "azure-native:cosmosdb:TableResourceTable",
];

/** Cosmos DB provisioned throughput (manual or autoscale maximum) must stay within the stack's cap. */
export default costPolicy({
  name: "azure-cosmosdb-throughput-cap",
  description:
    "Cosmos DB databases, containers, collections, keyspaces, graphs and tables keep provisioned throughput (options.throughput or options.autoscaleSettings.maxThroughput) at or below the stack's cap in RU/s.",
  severity: "medium",
  remediationSteps:
    "Lower options.throughput or options.autoscaleSettings.maxThroughput to the measured peak RU/s, share database-level throughput across containers, use a serverless account for intermittent traffic, or raise maxThroughput / nonProductionMaxThroughput.",
  url: "https://learn.microsoft.com/azure/cosmos-db/set-throughput",
  tags: ["database"],
  resourceTypes: COSMOS_THROUGHPUT_TYPES,
  ...capRule(
    "maxThroughput",
    { what: "Most RU/s (manual, or autoscale maximum) per resource", minimum: 400, production: 10000, nonProduction: 1000 },
    { spots: ["options.throughput", "options.autoscaleSettings.maxThroughput"], unit: "RU/s", unknownPath: "options" },
  ),
});
