import { ENVIRONMENT_CONFIG, isProduction, peek, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";

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
  config: { ...ENVIRONMENT_CONFIG },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    if (isProduction({ urn, stackTags }, config)) return;
    const m = peek<boolean>(props, "multiAz");
    if (m.state === "unknown") return requireKnown(props, "multiAz");
    if (m.state === "known" && m.value === true) report("multiAz is true on a non-production stack. Set multiAz to false outside production.");
  },
});
