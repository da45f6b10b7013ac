import { awsEc2 } from "@rampart/policy-core";
import { reportOpenTcpPort } from "../lib/open-ports";
import { awsPolicy } from "../policy";

/** Security groups must not allow SSH (TCP 22) from 0.0.0.0/0 or ::/0. */
export default awsPolicy({
  name: "aws-ec2-disallow-open-ssh",
  description: "Security groups must not allow SSH (TCP port 22) from the internet (0.0.0.0/0 or ::/0).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Restrict the rule's source to the address ranges that need SSH (a bastion or VPN range), or remove it and use AWS Systems Manager Session Manager instead of inbound SSH.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
  resourceTypes: awsEc2.INGRESS_RULE_TYPES,
  validateResource: ({ type, props }, report) => reportOpenTcpPort(type, props, 22, report, "SSH (22). Restrict the source range."),
});
