import { awsEc2 } from "@rampart/policy-core";
import { reportOpenTcpPort } from "../lib/open-ports";
import { awsPolicy } from "../policy";

/** Security groups must not allow RDP (TCP 3389) from 0.0.0.0/0 or ::/0. */
export default awsPolicy({
  name: "aws-ec2-disallow-open-rdp",
  description: "Security groups must not allow RDP (TCP port 3389) from the internet (0.0.0.0/0 or ::/0).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Restrict the rule's source to the address ranges that need RDP (a bastion or VPN range), or remove it and use AWS Systems Manager Fleet Manager / Session Manager port forwarding instead of inbound RDP.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
  resourceTypes: awsEc2.INGRESS_RULE_TYPES,
  validateResource: ({ type, props }, report) => reportOpenTcpPort(type, props, 3389, report, "RDP (3389). Restrict the source range."),
});
