import { checkValue } from "../lib/flags";
import { awsPolicy } from "../policy";

const TYPES = ["aws:ec2/instance:Instance", "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "aws:ec2/launchConfiguration:LaunchConfiguration"];

/**
 * EC2 instances should not get a public IPv4 address: `associatePublicIpAddress` true is reported.
 * When omitted, the subnet's `mapPublicIpOnLaunch` decides (see aws-vpc-disallow-subnet-public-ip-on-launch).
 */
export default awsPolicy({
  name: "aws-ec2-disallow-public-ip",
  description: "EC2 instances should not have a public IPv4 address.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove associatePublicIpAddress (or set it to false) and launch the instance in a private subnet; reach it through a load balancer, NAT gateway for egress, and Session Manager for administration.",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses",
  resourceTypes: TYPES,
  validateResource: checkValue("associatePublicIpAddress", (v) =>
    v.state === "known" && (v.value === true || v.value === "true")
      ? "associatePublicIpAddress is true, so the instance gets a public IPv4 address. Set it to false and use a private subnet."
      : undefined,
  ),
});
