import { costPolicy } from "../policy";
import { nonProductionRule } from "../lib/env";

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
  ...nonProductionRule<string>("settings.availabilityType", (a) =>
    a.state === "known" && a.value === "REGIONAL"
      ? 'settings.availabilityType is "REGIONAL" on a non-production stack. Use "ZONAL" outside production.'
      : undefined,
  ),
});
