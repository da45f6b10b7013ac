import { peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

const TYPES = ["aws:ec2/instance:Instance", "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "aws:ec2/launchConfiguration:LaunchConfiguration"];

/**
 * EC2 instances should encrypt their EBS volumes: `rootBlockDevice.encrypted` and
 * `ebsBlockDevices[].encrypted` set to false are reported. An omitted `encrypted` is reported only
 * with `requireExplicit`: a volume from an encrypted AMI or snapshot, or in an account with EBS
 * encryption by default, is encrypted without it.
 */
export default awsPolicy({
  name: "aws-ec2-require-encrypted-block-devices",
  description: "EC2 instances should use encrypted EBS root and data volumes.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set rootBlockDevice.encrypted and every ebsBlockDevices[].encrypted to true (optionally with kmsKeyId), and turn on EBS encryption by default for the account and Region.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
  resourceTypes: TYPES,
  config: {
    requireExplicit: {
      type: "boolean",
      description: "Also report block devices that do not set encrypted (for accounts without EBS encryption by default).",
      default: false,
    },
  },
  validateResource: ({ props, config }, report) => {
    const devices: { path: string; device: unknown }[] = [];
    const root = peekForVerdict(props, "rootBlockDevice");
    if (root.state === "known") devices.push({ path: "rootBlockDevice", device: root.value });
    else if (config.requireExplicit) devices.push({ path: "rootBlockDevice", device: {} });
    const ebs = peekItems(props, "ebsBlockDevices");
    if (ebs.unknown) requireKnown(props, "ebsBlockDevices");
    ebs.known.forEach((d, i) => devices.push({ path: `ebsBlockDevices[${i}]`, device: d }));
    for (const { path, device } of devices) {
      const enc = peekForVerdict(device, "encrypted");
      if (enc.state === "known" && enc.value === false) report(msg`${path}.encrypted is false. Set it to true.`);
      else if (enc.state === "absent" && config.requireExplicit && peek(device, "snapshotId").state === "absent") {
        report(msg`${path}.encrypted is not set. Set it to true.`);
      }
    }
  },
});
