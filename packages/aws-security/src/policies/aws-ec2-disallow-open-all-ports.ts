import { awsEc2, isOpenCidr, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Security groups must not open every port to the internet: protocol "-1" (all protocols), or a
 * TCP/UDP rule spanning 0 (or 1) to 65535, from 0.0.0.0/0 or ::/0.
 */
export default awsPolicy({
  name: "aws-ec2-disallow-open-all-ports",
  description: "Security groups must not allow all ports or all protocols from the internet (0.0.0.0/0 or ::/0).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replace the rule with rules for the specific ports the service needs (e.g. TCP 443), or restrict its source to known address ranges or security groups.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
  resourceTypes: awsEc2.INGRESS_RULE_TYPES,
  validateResource: ({ type, props }, report) => {
    let hits = 0;
    let unknown = false;
    for (const rule of awsEc2.ingressRules(type, props)) {
      const open = rule.cidrs.filter(isOpenCidr);
      if (open.length && awsEc2.opensAllPorts(rule)) {
        for (const cidr of open) {
          hits++;
          report(msg`${awsEc2.sourcePath(type, rule, cidr)} allows ${cidr} on ${awsEc2.portRange(rule)}. Allow only the ports the service needs.`);
        }
      } else if (rule.unknown && (open.length || rule.cidrs.length === 0)) {
        unknown = true;
      }
    }
    if (!hits && unknown) requireKnown(props);
  },
});
