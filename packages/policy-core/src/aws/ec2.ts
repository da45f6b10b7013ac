/**
 * EC2 security group rules in the three shapes @pulumi/aws 7 offers (property names from
 * ec2/securityGroup.d.ts, ec2/securityGroupRule.d.ts, vpc/securityGroupIngressRule.d.ts and
 * types/input.d.ts `SecurityGroupIngress`):
 * - inline `ingress`/`egress` on `aws:ec2/securityGroup:SecurityGroup` (`fromPort`, `toPort`,
 *   `protocol`, `cidrBlocks`, `ipv6CidrBlocks`);
 * - `aws:ec2/securityGroupRule:SecurityGroupRule` with `type` "ingress"/"egress";
 * - `aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule` (`ipProtocol`, `cidrIpv4`,
 *   `cidrIpv6`, optional `fromPort`/`toPort`; "-1" is every protocol and port).
 */
import { isOpenCidr, ruleReachesTcpPort } from "../network";
import { peek, peekItems } from "../unknown";

export const SECURITY_GROUP_TYPE = "aws:ec2/securityGroup:SecurityGroup";
export const SECURITY_GROUP_RULE_TYPE = "aws:ec2/securityGroupRule:SecurityGroupRule";
export const VPC_INGRESS_RULE_TYPE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
/** Every type token that can carry an ingress rule. */
export const INGRESS_RULE_TYPES = [SECURITY_GROUP_TYPE, SECURITY_GROUP_RULE_TYPE, VPC_INGRESS_RULE_TYPE] as const;

/** One ingress rule, normalized. Unknown parts are flagged, not guessed. */
export interface IngressRule {
  /** Property path of the rule for messages (`ingress[0]`, or "" for a rule resource). */
  path: string;
  protocol: unknown;
  fromPort: unknown;
  toPort: unknown;
  /** Known CIDR sources (IPv4 and IPv6). */
  cidrs: string[];
  /** True when the protocol, ports or sources are unknown during preview. */
  unknown: boolean;
}

function cidrList(obj: unknown, key: string, out: string[]): boolean {
  const l = peekItems<unknown>(obj, key);
  for (const c of l.known) if (typeof c === "string") out.push(c);
  return l.unknown;
}

function scalar(obj: unknown, key: string): { value: unknown; unknown: boolean } {
  const p = peek(obj, key);
  return p.state === "known" ? { value: p.value, unknown: false } : { value: undefined, unknown: p.state === "unknown" };
}

/**
 * Ingress rules of a resource of one of `INGRESS_RULE_TYPES` (egress rules are skipped). A whole
 * `ingress` list unknown during preview gives one rule with `unknown: true`.
 */
export function ingressRules(type: string, props: unknown): IngressRule[] {
  if (type === SECURITY_GROUP_TYPE) {
    const list = peekItems<unknown>(props, "ingress");
    const rules: IngressRule[] = [];
    if (list.unknown) rules.push({ path: "ingress", protocol: undefined, fromPort: undefined, toPort: undefined, cidrs: [], unknown: true });
    list.known.forEach((r, i) => {
      const cidrs: string[] = [];
      const p = scalar(r, "protocol");
      const f = scalar(r, "fromPort");
      const t = scalar(r, "toPort");
      const u1 = cidrList(r, "cidrBlocks", cidrs);
      const u2 = cidrList(r, "ipv6CidrBlocks", cidrs);
      rules.push({ path: `ingress[${i}]`, protocol: p.value, fromPort: f.value, toPort: t.value, cidrs, unknown: p.unknown || f.unknown || t.unknown || u1 || u2 });
    });
    return rules;
  }
  if (type === SECURITY_GROUP_RULE_TYPE) {
    const kind = peek(props, "type");
    if (kind.state === "known" && kind.value !== "ingress") return [];
    const cidrs: string[] = [];
    const p = scalar(props, "protocol");
    const f = scalar(props, "fromPort");
    const t = scalar(props, "toPort");
    const u1 = cidrList(props, "cidrBlocks", cidrs);
    const u2 = cidrList(props, "ipv6CidrBlocks", cidrs);
    return [{ path: "", protocol: p.value, fromPort: f.value, toPort: t.value, cidrs, unknown: kind.state === "unknown" || p.unknown || f.unknown || t.unknown || u1 || u2 }];
  }
  if (type === VPC_INGRESS_RULE_TYPE) {
    const cidrs: string[] = [];
    const p = scalar(props, "ipProtocol");
    const f = scalar(props, "fromPort");
    const t = scalar(props, "toPort");
    const v4 = scalar(props, "cidrIpv4");
    const v6 = scalar(props, "cidrIpv6");
    if (typeof v4.value === "string") cidrs.push(v4.value);
    if (typeof v6.value === "string") cidrs.push(v6.value);
    return [{ path: "", protocol: p.value, fromPort: f.value, toPort: t.value, cidrs, unknown: p.unknown || f.unknown || t.unknown || v4.unknown || v6.unknown }];
  }
  return [];
}

/** Property names of the rule's sources for messages, by shape. */
export function sourcePath(type: string, rule: IngressRule, cidr: string): string {
  const v6 = cidr.includes(":");
  if (type === VPC_INGRESS_RULE_TYPE) return v6 ? "cidrIpv6" : "cidrIpv4";
  const list = v6 ? "ipv6CidrBlocks" : "cidrBlocks";
  return rule.path ? `${rule.path}.${list}` : list;
}

/**
 * Rules that open TCP `port` to the internet (0.0.0.0/0 or ::/0). Returns the offending rule and
 * CIDR for each hit; rules with unknown parts are reported separately so the policy can stay
 * quiet or let the SDK report them advisory.
 */
export function openToInternetOnPort(type: string, props: unknown, port: number): { hits: { rule: IngressRule; cidr: string }[]; unknown: IngressRule[] } {
  const hits: { rule: IngressRule; cidr: string }[] = [];
  const unknown: IngressRule[] = [];
  for (const rule of ingressRules(type, props)) {
    const open = rule.cidrs.filter(isOpenCidr);
    const reaches = rule.protocol !== undefined && ruleReachesTcpPort(rule.protocol, rule.fromPort, rule.toPort, port);
    if (open.length && reaches) {
      for (const cidr of open) hits.push({ rule, cidr });
    } else if (rule.unknown && (open.length || rule.cidrs.length === 0) && (reaches || rule.protocol === undefined)) {
      unknown.push(rule);
    }
  }
  return { hits, unknown };
}

/** Human port range of a rule: `22`, `0-65535`, `all`. */
export function portRange(rule: IngressRule): string {
  const p = String(rule.protocol ?? "").toLowerCase();
  if (p === "-1" || p === "all") return "all ports and protocols";
  if (rule.fromPort === undefined && rule.toPort === undefined) return `all ${p} ports`;
  return rule.fromPort === rule.toPort ? `${p} port ${rule.fromPort}` : `${p} ports ${rule.fromPort}-${rule.toPort}`;
}
