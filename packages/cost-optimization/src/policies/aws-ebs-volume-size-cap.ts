import { costPolicy } from "../policy";
import { capRule, knownSpots } from "../lib/cap";
import { EBS_TYPES, ebsValues } from "../lib/ebs";

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
  ...capRule(
    "maxSizeGib",
    { what: "Largest EBS volume in GiB", minimum: 1, production: 4096, nonProduction: 500 },
    {
      spots: (type, props) => {
        const { values, unknown } = ebsValues<number>(type, props, "size");
        return { spots: knownSpots(values), unknown };
      },
      unit: "GiB",
      advice: (key) => `Make the volume smaller or raise ${key}.`,
    },
  ),
});
