import { msg } from "@rampart/policy-core";
import { reportItemField } from "../lib/list-items";
import { awsPolicy } from "../policy";

/**
 * EC2 launch templates should not assign public IPs: `networkInterfaces[].associatePublicIpAddress`
 * (a string "true"/"false" in @pulumi/aws 7) must not be "true".
 */
export default awsPolicy({
  name: "aws-ec2-launch-template-disallow-public-ip",
  description: "EC2 launch templates should not assign public IP addresses to network interfaces.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set networkInterfaces[].associatePublicIpAddress to "false" (or omit it) and launch instances into private subnets.',
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html",
  resourceTypes: ["aws:ec2/launchTemplate:LaunchTemplate"],
  validateResource: ({ props }, report) =>
    reportItemField(props, report, "networkInterfaces", "associatePublicIpAddress", (v, i) =>
      v === true || String(v).toLowerCase() === "true"
        ? msg`networkInterfaces[${i}].associatePublicIpAddress is "true", so instances get a public IPv4 address. Set it to "false".`
        : undefined,
    ),
});
