import { requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { EBS_TYPES, ebsValues } from "../lib/ebs";

/** EBS volumes should not be io1: io2 gives more durability at the same price, gp3 is cheaper below 16,000 IOPS. */
export default costPolicy({
  name: "aws-ebs-prefer-io2",
  description:
    "EBS volumes use io2 or gp3 instead of io1: io2 costs the same with 100x durability and cheaper IOPS tiers, gp3 is far cheaper up to 16,000 IOPS.",
  severity: "low",
  remediationSteps: "Set the volume type to gp3 when 16,000 IOPS / 1,000 MiB/s suffice, otherwise to io2; keep the iops setting.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html",
  tags: ["storage"],
  resourceTypes: EBS_TYPES,
  validateResource: ({ type, props }, report) => {
    const { values, unknown } = ebsValues<string>(type, props, "type");
    const hits = values.filter((v) => v.value === "io1");
    for (const h of hits) report(msg`${h.path} is "io1". Use "gp3" (up to 16,000 IOPS) or "io2".`);
    if (!hits.length && unknown) requireKnown(props);
  },
});
