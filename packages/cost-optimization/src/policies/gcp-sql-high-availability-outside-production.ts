import { ENVIRONMENT_CONFIG, isProduction, peek, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";

/** Advisory: regional (HA) Cloud SQL doubles the cost; outside production it is rarely needed. */
export default costPolicy({
  name: "gcp-sql-high-availability-outside-production",
  description:
    "Cloud SQL instances on non-production stacks are zonal; regional high availability (availabilityType REGIONAL) doubles the instance and storage cost.",
  severity: "low",
  remediationSteps:
    'Set settings.availabilityType to "ZONAL" on development and test stacks (keep REGIONAL in production), or mark the stack as production via productionTag / productionStackPattern.',
  url: "https://cloud.google.com/sql/docs/mysql/high-availability",
  tags: ["database", "environment"],
  resourceTypes: ["gcp:sql/databaseInstance:DatabaseInstance"],
  config: { ...ENVIRONMENT_CONFIG },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    if (isProduction({ urn, stackTags }, config)) return;
    const a = peek<string>(props, "settings.availabilityType");
    if (a.state === "unknown") return requireKnown(props, "settings.availabilityType");
    if (a.state === "known" && a.value === "REGIONAL")
      report('settings.availabilityType is "REGIONAL" on a non-production stack. Use "ZONAL" outside production.');
  },
});
