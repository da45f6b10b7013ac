import { ENVIRONMENT_CONFIG, isProduction, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { sqlTier } from "../lib/azure-sql";
import { listOf } from "../lib/match";

/** Outside production, Azure SQL databases should not use the Business Critical or Premium tiers. */
export default costPolicy({
  name: "azure-sql-premium-tiers-outside-production",
  description:
    "Azure SQL databases on non-production stacks use General Purpose, Standard or Basic; Business Critical and Premium cost two to three times more.",
  severity: "low",
  remediationSteps: 'Use sku.name "GP_Gen5" (or serverless "GP_S_Gen5") or a Standard objective (S0-S3) on development and test stacks.',
  url: "https://learn.microsoft.com/azure/azure-sql/database/service-tiers-sql-database-vcore",
  tags: ["database", "environment"],
  resourceTypes: ["azure-native:sql:Database"],
  config: {
    nonProductionDisallowedTiers: {
      type: "array",
      items: { type: "string" },
      description: "Service tiers not allowed on non-production stacks.",
      default: ["BusinessCritical", "Premium"],
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    if (isProduction({ urn, stackTags }, config)) return;
    const name = peek<string>(props, "sku.name");
    const tier = peek<string>(props, "sku.tier");
    if (name.state === "unknown" || tier.state === "unknown") return requireKnown(props, "sku");
    const str = (p: typeof name) => (p.state === "known" && typeof p.value === "string" ? p.value : undefined);
    const t = sqlTier(str(name), str(tier));
    if (t && config.nonProductionDisallowedTiers.includes(t)) {
      report(
        msg`sku is in the ${JSON.stringify(t)} tier on a non-production stack (nonProductionDisallowedTiers: ${listOf(config.nonProductionDisallowedTiers)}). Use General Purpose or Standard.`,
      );
    }
  },
});
