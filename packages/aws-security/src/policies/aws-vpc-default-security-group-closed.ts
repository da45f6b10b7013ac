import { peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * A VPC's default security group should allow no traffic: an adopted
 * aws.ec2.DefaultSecurityGroup must have no `ingress` and no `egress` rules (the provider then
 * removes AWS's default rules: all traffic from the group itself, all outbound traffic).
 */
export default awsPolicy({
  name: "aws-vpc-default-security-group-closed",
  description: "VPC default security groups should not allow inbound or outbound traffic.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove every ingress and egress rule from the aws.ec2.DefaultSecurityGroup (declare it with no rules) and put workloads in dedicated security groups with least-privilege rules.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
  resourceTypes: ["aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"],
  validateResource: ({ props }, report) => {
    for (const dir of ["ingress", "egress"] as const) {
      const rules = peekItems(props, dir);
      if (rules.unknown) requireKnown(props, dir);
      if (rules.known.length)
        report(msg`${dir} has ${rules.known.length} rule${rules.known.length > 1 ? "s" : ""}. Remove all ${dir} rules from the default security group.`);
    }
  },
});
