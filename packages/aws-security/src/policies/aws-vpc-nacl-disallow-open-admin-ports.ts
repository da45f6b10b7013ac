import { awsEc2, isOpenCidr, requireKnown, ruleReachesTcpPort, msg } from "@rampart/policy-core";
import { ADMIN_PORTS_CONFIG } from "../lib/open-ports";
import { awsPolicy } from "../policy";

type Entry = awsEc2.NaclEntry;

/** Whether an entry's protocol and ports are known (or absent) so it can be judged. */
function decided(e: Entry): boolean {
  return awsEc2.isDecided(e);
}

/**
 * Network ACLs should not allow remote administration ports (default 22, 3389) from 0.0.0.0/0 or
 * ::/0. Inline entries of aws.ec2.NetworkAcl / DefaultNetworkAcl are evaluated in rule-number order
 * (a lower-numbered deny for the same open range shadows the allow); a separate
 * aws.ec2.NetworkAclRule is judged on its own.
 */
export default awsPolicy({
  name: "aws-vpc-nacl-disallow-open-admin-ports",
  description: "Network ACLs should not allow ingress from 0.0.0.0/0 or ::/0 to remote administration ports (22, 3389).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Narrow the entry's cidrBlock / ipv6CidrBlock to the ranges that administer the subnet, or add a lower-numbered deny entry for ports 22 and 3389 from 0.0.0.0/0 and ::/0.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
  resourceTypes: awsEc2.NETWORK_ACL_TYPES,
  config: ADMIN_PORTS_CONFIG,
  validateResource: ({ type, props, config }, report) => {
    const ports: number[] = config.adminPorts;
    const { entries, unknown: listUnknown } = awsEc2.naclIngressEntries(type, props);
    let hits = 0;
    let unknown = listUnknown;
    const sorted = [...entries].sort((a, b) => (a.ruleNo ?? 0) - (b.ruleNo ?? 0));
    for (const e of sorted) {
      if (e.unknown) {
        unknown = true;
        continue;
      }
      if (e.action !== "allow" || !decided(e)) continue;
      for (const cidr of e.cidrs.filter(isOpenCidr)) {
        const v6 = cidr.includes(":");
        const reached = ports.filter(
          (p) =>
            ruleReachesTcpPort(e.protocol, e.fromPort, e.toPort, p) &&
            // not shadowed by a lower-numbered deny for the same open range
            !sorted.some(
              (d) =>
                d.action === "deny" &&
                !d.unknown &&
                (d.ruleNo ?? 0) < (e.ruleNo ?? 0) &&
                d.cidrs.some((c) => isOpenCidr(c) && c.includes(":") === v6) &&
                decided(d) &&
                ruleReachesTcpPort(d.protocol, d.fromPort, d.toPort, p),
            ),
        );
        if (!reached.length) continue;
        // A lower-numbered entry that is not known yet (or an entry unknown as a whole) might deny
        // these ports first.
        if (listUnknown || sorted.some((d) => d.unknown && d.action !== "allow" && (d.ruleNo === undefined || e.ruleNo === undefined || d.ruleNo < e.ruleNo))) {
          unknown = true;
          continue;
        }
        hits++;
        const where = e.path ? msg`${e.path} (rule ${e.ruleNo ?? "?"})` : msg`rule ${e.ruleNo ?? "?"}`;
        report(
          msg`${where} allows ${cidr} on administration port${reached.length > 1 ? "s" : ""} ${reached.join(", ")}. Narrow the source range or deny these ports first.`,
        );
      }
    }
    if (!hits && unknown) requireKnown(props);
  },
});
