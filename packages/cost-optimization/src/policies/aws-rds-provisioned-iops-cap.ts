import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

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
  ...capRule(
    "maxIops",
    { what: "Largest provisioned IOPS", minimum: 0, production: 20000, nonProduction: 3000 },
    {
      spots: ["iops"],
      advice: (key) => `Lower iops (or use gp3 storage) or raise ${key}.`,
      unknownPath: "iops",
    },
  ),
});
