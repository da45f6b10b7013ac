import { costPolicy } from "../policy";
import { nonProductionRule } from "../lib/env";

/** Advisory: Multi-AZ doubles an instance's cost; outside production it is rarely needed. */
export default costPolicy({
  name: "aws-rds-multi-az-outside-production",
  description: "RDS instances on non-production stacks run single-AZ; Multi-AZ doubles the instance and storage cost.",
  severity: "low",
  remediationSteps:
    "Set multiAz to false on development and test stacks (keep it on production), or mark the stack as production with the productionTag stack tag or a stack name matching productionStackPattern.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
  tags: ["database", "environment"],
  resourceTypes: ["aws:rds/instance:Instance"],
  ...nonProductionRule<boolean>("multiAz", (m) =>
    m.state === "known" && m.value === true ? "multiAz is true on a non-production stack. Set multiAz to false outside production." : undefined,
  ),
});
