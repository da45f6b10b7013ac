import { peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
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
  validateResource: ({ props }, report) => {
    const nics = peekItems(props, "networkInterfaces");
    if (nics.unknown) requireKnown(props, "networkInterfaces");
    nics.known.forEach((nic, i) => {
      const v = peek(nic, "associatePublicIpAddress");
      if (v.state === "unknown") requireKnown(nic, "associatePublicIpAddress");
      if (v.state === "known" && (v.value === true || String(v.value).toLowerCase() === "true")) {
        report(msg`networkInterfaces[${i}].associatePublicIpAddress is "true", so instances get a public IPv4 address. Set it to "false".`);
      }
    });
  },
});
