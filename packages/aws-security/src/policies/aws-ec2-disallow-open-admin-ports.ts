import { awsEc2, msg } from "@rampart/policy-core";
import { ADMIN_PORTS_CONFIG, reportOpenTcpPorts } from "../lib/open-ports";
import { awsPolicy } from "../policy";

/**
 * Security groups must not open remote administration ports to 0.0.0.0/0 or ::/0 (CIS AWS 5.2 and
 * 5.3: SSH 22 and RDP 3389 by default; add e.g. 23 Telnet, 5900 VNC, 5985/5986 WinRM via config).
 */
export default awsPolicy({
  name: "aws-ec2-disallow-open-admin-ports",
  description: "Security groups must not allow remote administration ports (22, 3389, ...) from the internet over IPv4 or IPv6.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Restrict the rule's source to a bastion or VPN range, or remove the rule and administer instances through AWS Systems Manager Session Manager.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
  resourceTypes: awsEc2.INGRESS_RULE_TYPES,
  config: ADMIN_PORTS_CONFIG,
  validateResource: ({ type, props, config }, report) =>
    reportOpenTcpPorts(
      type,
      props,
      config.adminPorts,
      report,
      (ports) => msg`administration port${ports.length > 1 ? "s" : ""} ${ports.join(", ")}. Restrict the source range.`,
    ),
});
