import { ENVIRONMENT_CONFIG, peek, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";
import { checkOffering } from "../lib/offering";
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
    allowedTiers: {
      type: "array",
      items: { type: "string" },
      description: 'Glob patterns of allowed tiers (e.g. ["db-custom-*", "db-g1-small"]). Empty allows every tier that is not blocked.',
      default: [] as string[],
    },
    blockedTiers: { type: "array", items: { type: "string" }, description: "Glob patterns of tiers blocked unless allowed.", default: [] as string[] },
    maxVcpus: { type: "integer", minimum: 1, description: "Most vCPUs per instance on production stacks.", default: 16 },
    nonProductionMaxVcpus: { type: "integer", minimum: 1, description: "Most vCPUs per instance on non-production stacks.", default: 2 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const t = peek<string>(props, "settings.tier");
    if (t.state === "unknown") return requireKnown(props, "settings.tier");
    if (t.state !== "known" || typeof t.value !== "string") return;
    checkOffering(
      {
        value: t.value,
        path: "settings.tier",
        allowed: config.allowedTiers,
        allowedKey: "allowedTiers",
        blocked: config.blockedTiers,
        blockedKey: "blockedTiers",
        cap: limitFor({ urn, stackTags }, config, "maxVcpus"),
        sizeOf: cloudSqlTierVcpus,
        capSize: (c) => Number(c),
        advice: "Choose a smaller tier (db-custom-<vCPUs>-<MB>).",
        blockedReason: "blocked by configuration",
      },
      report,
    );
  },
});
