import { awsEc2, isOpenCidr, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const ICMP = ["icmp", "1", "icmpv6", "58"];

/**
 * Security groups may open only authorized ports (default TCP/UDP 80 and 443) to 0.0.0.0/0 or ::/0.
 * ICMP rules are not port rules and are skipped.
 */
export default awsPolicy({
  name: "aws-ec2-restrict-open-ports-to-authorized",
  description: "Security groups should allow traffic from the internet only on authorized ports (by default 80 and 443).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Restrict the rule's source to known address ranges or security groups, put the service behind a load balancer that listens on 80/443, or add the port to this policy's authorizedPorts if it must be public.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
  resourceTypes: awsEc2.INGRESS_RULE_TYPES,
  config: {
    authorizedPorts: {
      type: "array",
      items: { type: "integer" },
      description: "TCP/UDP ports that may be open to 0.0.0.0/0 and ::/0.",
      default: [80, 443],
    },
  },
  validateResource: ({ type, props, config }, report) => {
    const authorized = new Set<number>(config.authorizedPorts);
    let hits = 0;
    let unknown = false;
    for (const rule of awsEc2.ingressRules(type, props)) {
      const open = rule.cidrs.filter(isOpenCidr);
      if (!open.length || !awsEc2.isDecided(rule)) {
        if (rule.unknown && (open.length || rule.cidrs.length === 0)) unknown = true;
        continue;
      }
      const p = String(rule.protocol).toLowerCase();
      if (ICMP.includes(p)) continue;
      let bad: string | undefined;
      if (awsEc2.opensAllPorts(rule)) bad = awsEc2.portRange(rule);
      else if (!["tcp", "udp", "6", "17"].includes(p)) bad = msg`protocol ${p}`;
      else {
        const f = Number(rule.fromPort ?? 0);
        const t = Number(rule.toPort ?? 65535);
        if (Number.isNaN(f) || Number.isNaN(t)) continue;
        if (t - f > 1024) bad = awsEc2.portRange(rule);
        else {
          const extra: number[] = [];
          for (let port = f; port <= t; port++) if (!authorized.has(port)) extra.push(port);
          if (extra.length) bad = msg`${p} port${extra.length > 1 ? "s" : ""} ${extra.length > 5 ? `${extra.slice(0, 5).join(", ")}, …` : extra.join(", ")}`;
        }
      }
      if (!bad) continue;
      for (const cidr of open) {
        hits++;
        report(
          msg`${awsEc2.sourcePath(type, rule, cidr)} allows ${cidr} on ${bad}, which is not an authorized public port (${[...authorized].join(", ") || "none"}). Restrict the source range.`,
        );
      }
    }
    if (!hits && unknown) requireKnown(props);
  },
});
