import { isSet, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { EBS_TYPES, EBS_VOLUME, ebsValues } from "../lib/ebs";

/** EBS volumes should be gp3 rather than gp2. */
export default costPolicy({
  name: "aws-ebs-prefer-gp3",
  description: "EBS volumes use gp3 instead of gp2: gp3 costs about 20% less per GiB and includes 3,000 IOPS regardless of size.",
  severity: "low",
  remediationSteps:
    "Set the volume type to gp3 (Volume.type, rootBlockDevice/ebsBlockDevices volumeType, or the launch template's ebs.volumeType); add iops/throughput only if the workload needs more than 3,000 IOPS / 125 MiB/s.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
  tags: ["storage"],
  resourceTypes: EBS_TYPES,
  validateResource: ({ type, props }, report) => {
    const { values, unknown } = ebsValues<string>(type, props, "type");
    const hits = values.filter((v) => v.value === "gp2");
    for (const h of hits) report(msg`${h.path} is "gp2". Use "gp3": cheaper per GiB with baseline performance independent of size.`);
    // A standalone volume without a type is created as gp2 (the EC2 API default). Volumes of an
    // instance without volumeType take the AMI's mapping, which this policy cannot see.
    if (type === EBS_VOLUME && !isSet(props, "type")) {
      report('type is not set, so the volume is created as "gp2". Set type to "gp3".');
      return;
    }
    if (!hits.length && unknown) requireKnown(props);
  },
});
