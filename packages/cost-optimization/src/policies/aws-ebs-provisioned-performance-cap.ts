import { ENVIRONMENT_CONFIG, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { EBS_TYPES, ebsValues } from "../lib/ebs";
import { capConfig, knownSpots, reportOverCap } from "../lib/cap";
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
    ...capConfig("maxIops", { what: "Largest provisioned IOPS per volume", minimum: 0, production: 16000, nonProduction: 3000 }),
    ...capConfig("maxThroughput", { what: "Largest provisioned throughput (MiB/s) per volume", minimum: 0, production: 500, nonProduction: 125 }),
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
      const spots = knownSpots(values);
      // Unknowns are judged once, after both fields: an over-cap value of either is the finding.
      hit = reportOverCap(props, spots, cap, report, { unit }) || hit;
    }
    if (!hit && unknownSeen) requireKnown(props);
  },
});
