import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

/** RDS allocated storage (and its autoscaling ceiling) must stay within the stack's cap. */
export default costPolicy({
  name: "aws-rds-allocated-storage-cap",
  description: "RDS instances keep allocatedStorage and the storage-autoscaling ceiling maxAllocatedStorage at or below the stack's cap in GiB.",
  severity: "medium",
  remediationSteps:
    "Start with the storage the data needs and let storage autoscaling grow it (set maxAllocatedStorage to a bounded ceiling); archive old data; or raise maxStorageGib / nonProductionMaxStorageGib for the stack.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.Autoscaling.html",
  tags: ["database"],
  resourceTypes: ["aws:rds/instance:Instance"],
  ...capRule(
    "maxStorageGib",
    { what: "Largest allocatedStorage / maxAllocatedStorage in GiB", minimum: 1, production: 2000, nonProduction: 100 },
    { spots: ["allocatedStorage", "maxAllocatedStorage"], unit: "GiB" },
  ),
});
