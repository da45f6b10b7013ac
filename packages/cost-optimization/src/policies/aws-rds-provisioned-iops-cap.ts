import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

/** Provisioned IOPS on RDS must stay within the stack's cap. */
export default costPolicy({
  name: "aws-rds-provisioned-iops-cap",
  description: "RDS instances keep provisioned IOPS at or below the stack's cap; provisioned IOPS are billed per IOPS-month whether used or not.",
  severity: "medium",
  remediationSteps:
    "Use gp3 storage (3,000 IOPS included, 12,000 from 400 GiB on most engines) or lower iops to the measured peak; raise maxIops / nonProductionMaxIops for the stack if the workload needs more.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html",
  tags: ["database"],
  resourceTypes: ["aws:rds/instance:Instance"],
  config: {
    maxIops: { type: "integer", minimum: 0, description: "Largest provisioned IOPS on production stacks.", default: 20000 },
    nonProductionMaxIops: { type: "integer", minimum: 0, description: "Largest provisioned IOPS on non-production stacks.", default: 3000 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const v = peek<number>(props, "iops");
    if (v.state === "unknown") return requireKnown(props, "iops");
    if (v.state !== "known" || typeof v.value !== "number") return;
    const cap = limitFor({ urn, stackTags }, config, "maxIops");
    if (v.value > cap.value)
      report(msg`iops is ${v.value}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower iops (or use gp3 storage) or raise ${cap.key}.`);
  },
});
