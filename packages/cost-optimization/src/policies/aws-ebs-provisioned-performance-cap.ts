import { ENVIRONMENT_CONFIG, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { EBS_TYPES, ebsValues } from "../lib/ebs";
import { limitFor } from "../lib/env";

/** Provisioned EBS IOPS and throughput must stay within the stack's caps. */
export default costPolicy({
  name: "aws-ebs-provisioned-performance-cap",
  description: "Provisioned EBS IOPS and throughput stay at or below the stack's caps; every IOPS above gp3's free 3,000 and every MiB/s above 125 is billed.",
  severity: "medium",
  remediationSteps:
    "Lower iops / throughput to what the workload measures (gp3 includes 3,000 IOPS and 125 MiB/s), or raise maxIops / maxThroughput (and their nonProduction variants) for the stack.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
  tags: ["storage"],
  resourceTypes: EBS_TYPES,
  config: {
    maxIops: { type: "integer", minimum: 0, description: "Largest provisioned IOPS per volume on production stacks.", default: 16000 },
    nonProductionMaxIops: { type: "integer", minimum: 0, description: "Largest provisioned IOPS per volume on non-production stacks.", default: 3000 },
    maxThroughput: { type: "integer", minimum: 0, description: "Largest provisioned throughput (MiB/s) per volume on production stacks.", default: 500 },
    nonProductionMaxThroughput: {
      type: "integer",
      minimum: 0,
      description: "Largest provisioned throughput (MiB/s) per volume on non-production stacks.",
      default: 125,
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ type, props, config, urn, stackTags }, report) => {
    let hit = false;
    let unknownSeen = false;
    for (const [field, key, unit] of [
      ["iops", "maxIops", "IOPS"],
      ["throughput", "maxThroughput", "MiB/s"],
    ] as const) {
      const cap = limitFor({ urn, stackTags }, config, key);
      const { values, unknown } = ebsValues<number>(type, props, field);
      unknownSeen ||= unknown;
      for (const v of values) {
        if (typeof v.value === "number" && v.value > cap.value) {
          hit = true;
          report(msg`${v.path} is ${v.value} ${unit}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it or raise ${cap.key}.`);
        }
      }
    }
    if (!hit && unknownSeen) requireKnown(props);
  },
});
