import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

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
  config: {
    maxStorageGib: { type: "integer", minimum: 1, description: "Largest allocatedStorage / maxAllocatedStorage in GiB on production stacks.", default: 2000 },
    nonProductionMaxStorageGib: {
      type: "integer",
      minimum: 1,
      description: "Largest allocatedStorage / maxAllocatedStorage in GiB on non-production stacks.",
      default: 100,
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxStorageGib");
    let hit = false;
    let unknown = false;
    for (const key of ["allocatedStorage", "maxAllocatedStorage"]) {
      const v = peek<number>(props, key);
      if (v.state === "unknown") unknown = true;
      else if (v.state === "known" && typeof v.value === "number" && v.value > cap.value) {
        hit = true;
        report(msg`${key} is ${v.value} GiB, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it or raise ${cap.key}.`);
      }
    }
    if (!hit && unknown) requireKnown(props);
  },
});
