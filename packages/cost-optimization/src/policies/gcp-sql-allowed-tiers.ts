import { ENVIRONMENT_CONFIG } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig } from "../lib/cap";
import { patternListConfig, validateOffering } from "../lib/offering";
import { cloudSqlTierVcpus } from "../lib/sizes";

/** Cloud SQL instances must use an allowed tier within the stack's vCPU cap. */
export default costPolicy({
  name: "gcp-sql-allowed-tiers",
  description: "Cloud SQL instances use an allowed machine tier (settings.tier) with no more vCPUs than the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Set settings.tier to a smaller tier (db-f1-micro/db-g1-small or db-custom-1-3840 for dev, db-custom-<vCPUs>-<MB> sized to the load for production); list approved tiers in allowedTiers, or raise maxVcpus / nonProductionMaxVcpus.",
  url: "https://cloud.google.com/sql/docs/mysql/instance-settings",
  tags: ["database"],
  resourceTypes: ["gcp:sql/databaseInstance:DatabaseInstance"],
  config: {
    ...patternListConfig("Tiers", { noun: ["tiers", "tier"], examples: '["db-custom-*", "db-g1-small"]', blocked: [] }),
    ...capConfig("maxVcpus", { what: "Most vCPUs per instance", minimum: 1, production: 16, nonProduction: 2 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: validateOffering("settings.tier", {
    lists: "Tiers",
    cap: "maxVcpus",
    sizeOf: cloudSqlTierVcpus,
    capSize: (c) => Number(c),
    advice: "Choose a smaller tier (db-custom-<vCPUs>-<MB>).",
    blockedReason: "blocked by configuration",
  }),
});
