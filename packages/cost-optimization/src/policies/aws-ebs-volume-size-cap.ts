import { ENVIRONMENT_CONFIG, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { EBS_TYPES, ebsValues } from "../lib/ebs";
import { limitFor } from "../lib/env";

/** EBS volumes must stay within the stack's size cap. */
export default costPolicy({
  name: "aws-ebs-volume-size-cap",
  description: "EBS volumes (standalone, instance and launch-template volumes) stay at or below the stack's size cap in GiB.",
  severity: "medium",
  remediationSteps:
    "Size the volume to the data it holds (EBS volumes can grow later with Elastic Volumes), move bulk data to S3, or raise maxSizeGib / nonProductionMaxSizeGib for the stack.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modify-volume.html",
  tags: ["storage"],
  resourceTypes: EBS_TYPES,
  config: {
    maxSizeGib: { type: "integer", minimum: 1, description: "Largest EBS volume in GiB on production stacks.", default: 4096 },
    nonProductionMaxSizeGib: { type: "integer", minimum: 1, description: "Largest EBS volume in GiB on non-production stacks.", default: 500 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ type, props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxSizeGib");
    const { values, unknown } = ebsValues<number>(type, props, "size");
    const hits = values.filter((v) => typeof v.value === "number" && v.value > cap.value);
    for (const h of hits)
      report(msg`${h.path} is ${h.value} GiB, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Make the volume smaller or raise ${cap.key}.`);
    if (!hits.length && unknown) requireKnown(props);
  },
});
