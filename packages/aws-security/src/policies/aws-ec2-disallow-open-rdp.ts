import { awsEc2, requireKnown, msg } from "@rampart/policy-core";
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
  validateResource: ({ type, props }, report) => {
    const { hits, unknown } = awsEc2.openToInternetOnPort(type, props, 3389);
    for (const { rule, cidr } of hits) {
      report(msg`${awsEc2.sourcePath(type, rule, cidr)} allows ${cidr} on ${awsEc2.portRange(rule)}, which includes RDP (3389). Restrict the source range.`);
    }
    if (!hits.length && unknown.length) requireKnown(props);
  },
});
