import { peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * EC2 launch templates should encrypt EBS volumes: `blockDeviceMappings[].ebs.encrypted` (a string
 * "true"/"false" in @pulumi/aws 7) set to "false" is reported; omitted only with `requireExplicit`
 * (encrypted AMIs and EBS encryption by default encrypt volumes without it).
 */
export default awsPolicy({
  name: "aws-ec2-launch-template-require-encrypted-volumes",
  description: "EC2 launch templates should encrypt their EBS volumes.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set blockDeviceMappings[].ebs.encrypted to "true" (optionally with kmsKeyId), and turn on EBS encryption by default for the account and Region.',
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html",
  resourceTypes: ["aws:ec2/launchTemplate:LaunchTemplate"],
  config: {
    requireExplicit: {
      type: "boolean",
      description: "Also report EBS mappings that do not set encrypted.",
      default: false,
    },
  },
  validateResource: ({ props, config }, report) => {
    const maps = peekItems(props, "blockDeviceMappings");
    if (maps.unknown) requireKnown(props, "blockDeviceMappings");
    maps.known.forEach((m, i) => {
      const ebs = peekForVerdict(m, "ebs");
      if (ebs.state !== "known") return;
      const enc = peek(ebs.value, "encrypted");
      if (enc.state === "unknown") requireKnown(ebs.value, "encrypted");
      if (enc.state === "known" && (enc.value === false || String(enc.value).toLowerCase() === "false")) {
        report(msg`blockDeviceMappings[${i}].ebs.encrypted is "false". Set it to "true".`);
      } else if (enc.state === "absent" && config.requireExplicit && peek(ebs.value, "snapshotId").state === "absent") {
        report(msg`blockDeviceMappings[${i}].ebs.encrypted is not set. Set it to "true".`);
      }
    });
  },
});
