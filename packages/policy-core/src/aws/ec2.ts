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
  /** Protocol, ports: the known value, undefined when absent, `UNKNOWN_FIELD` when unknown. */
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

/** Marker for a rule field that is unknown during preview. */
export const UNKNOWN_FIELD: unique symbol = Symbol("unknown rule field");

function scalar(obj: unknown, key: string): { value: unknown; unknown: boolean } {
  const p = peek(obj, key);
  if (p.state === "known") return { value: p.value, unknown: false };
  return p.state === "unknown" ? { value: UNKNOWN_FIELD, unknown: true } : { value: undefined, unknown: false };
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
      rules.push({
        path: `ingress[${i}]`,
        protocol: p.value,
        fromPort: f.value,
        toPort: t.value,
        cidrs,
        unknown: p.unknown || f.unknown || t.unknown || u1 || u2,
      });
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
    // A rule whose `type` is not known yet may be an egress rule: it is undecided (like an
    // unknown protocol), so it can only raise the preview advisory, never count as a hit.
    const protocol = kind.state === "unknown" ? UNKNOWN_FIELD : p.value;
    return [
      { path: "", protocol, fromPort: f.value, toPort: t.value, cidrs, unknown: kind.state === "unknown" || p.unknown || f.unknown || t.unknown || u1 || u2 },
    ];
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
    return [
      { path: "", protocol: p.value, fromPort: f.value, toPort: t.value, cidrs, unknown: p.unknown || f.unknown || t.unknown || v4.unknown || v6.unknown },
    ];
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
    const fields = [rule.protocol, rule.fromPort, rule.toPort];
    const decided = !fields.includes(UNKNOWN_FIELD) && rule.protocol !== undefined;
    const reaches = decided && ruleReachesTcpPort(rule.protocol, rule.fromPort, rule.toPort, port);
    if (open.length && reaches) {
      for (const cidr of open) hits.push({ rule, cidr });
    } else if (rule.unknown && (open.length || rule.cidrs.length === 0) && (reaches || !decided)) {
      // The sources or the ports are not known yet: the rule may or may not be open.
      unknown.push(rule);
    }
  }
  return { hits, unknown };
}

/** Human port range of a rule: `22`, `0-65535`, `all`. */
export function portRange(rule: IngressRule): string {
  const p = String(rule.protocol ?? "").toLowerCase();
  if (p === "-1" || p === "all") return "all ports and protocols";
  const from = typeof rule.fromPort === "number" || typeof rule.fromPort === "string" ? rule.fromPort : undefined;
  const to = typeof rule.toPort === "number" || typeof rule.toPort === "string" ? rule.toPort : undefined;
  if (from === undefined && to === undefined) return `all ${p} ports`;
  if (from === undefined) return `${p} ports up to ${to}`;
  if (to === undefined) return `${p} ports from ${from}`;
  return from === to ? `${p} port ${from}` : `${p} ports ${from}-${to}`;
}

/**
 * Whether a rule reaches every port: all protocols (`-1`), or TCP/UDP with no range or a range
 * covering 0 (or 1) to 65535.
 */
export function opensAllPorts(rule: Pick<IngressRule, "protocol" | "fromPort" | "toPort">): boolean {
  if (!isDecided(rule)) return false;
  const p = String(rule.protocol ?? "").toLowerCase();
  if (p === "-1" || p === "all") return true;
  if (!["tcp", "udp", "6", "17"].includes(p)) return false;
  const f = rule.fromPort === undefined ? 0 : Number(rule.fromPort);
  const t = rule.toPort === undefined ? 65535 : Number(rule.toPort);
  return f <= 1 && t >= 65535;
}

/** Whether a rule's protocol is known and neither protocol nor ports are unknown during preview. */
export function isDecided(rule: Pick<IngressRule, "protocol" | "fromPort" | "toPort">): boolean {
  return rule.protocol !== undefined && ![rule.protocol, rule.fromPort, rule.toPort].includes(UNKNOWN_FIELD);
}

/** An ingress rule that opens one or more of the asked TCP ports to the internet, per open CIDR. */
export interface OpenPortsHit {
  rule: IngressRule;
  cidr: string;
  /** The asked ports the rule reaches, ascending. */
  ports: number[];
}

/**
 * Like `openToInternetOnPort` for a list of TCP ports: one hit per rule and open CIDR, listing
 * every asked port it reaches; rules with unknown parts that could reach one are in `unknown`.
 */
export function openToInternetOnPorts(type: string, props: unknown, ports: readonly number[]): { hits: OpenPortsHit[]; unknown: IngressRule[] } {
  const sorted = [...new Set(ports)].filter((p) => Number.isInteger(p)).sort((a, b) => a - b);
  const hits: OpenPortsHit[] = [];
  const unknown: IngressRule[] = [];
  for (const rule of ingressRules(type, props)) {
    const open = rule.cidrs.filter(isOpenCidr);
    const decided = isDecided(rule);
    const reached = decided ? sorted.filter((p) => ruleReachesTcpPort(rule.protocol, rule.fromPort, rule.toPort, p)) : [];
    if (open.length && reached.length) {
      for (const cidr of open) hits.push({ rule, cidr, ports: reached });
    } else if (rule.unknown && (open.length || rule.cidrs.length === 0) && (reached.length || !decided)) {
      unknown.push(rule);
    }
  }
  return { hits, unknown };
}

export const NETWORK_ACL_TYPE = "aws:ec2/networkAcl:NetworkAcl";
export const DEFAULT_NETWORK_ACL_TYPE = "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl";
export const NETWORK_ACL_RULE_TYPE = "aws:ec2/networkAclRule:NetworkAclRule";
/** Every type token that can carry a network ACL entry. */
export const NETWORK_ACL_TYPES = [NETWORK_ACL_TYPE, DEFAULT_NETWORK_ACL_TYPE, NETWORK_ACL_RULE_TYPE] as const;

/**
 * One inbound network ACL entry, normalized: inline `ingress[]` of NetworkAcl / DefaultNetworkAcl
 * (`action`, `ruleNo`, `protocol`, `fromPort`, `toPort`, `cidrBlock`, `ipv6CidrBlock`) or a
 * NetworkAclRule with `egress` false (`ruleAction`, `ruleNumber`, same port/CIDR names).
 * Protocol "-1"/"all" is every protocol and port.
 */
export interface NaclEntry {
  /** Property path for messages (`ingress[0]`, or "" for a rule resource). */
  path: string;
  /** "allow" / "deny" (lower-cased), or undefined when unknown. */
  action: string | undefined;
  ruleNo: number | undefined;
  /** Protocol, ports: the known value, undefined when absent, `UNKNOWN_FIELD` when unknown. */
  protocol: unknown;
  fromPort: unknown;
  toPort: unknown;
  cidrs: string[];
  unknown: boolean;
}

function naclEntry(path: string, r: unknown, actionKey: string, numberKey: string): NaclEntry {
  const a = scalar(r, actionKey);
  const n = scalar(r, numberKey);
  const p = scalar(r, "protocol");
  const f = scalar(r, "fromPort");
  const t = scalar(r, "toPort");
  const v4 = scalar(r, "cidrBlock");
  const v6 = scalar(r, "ipv6CidrBlock");
  const cidrs: string[] = [];
  if (typeof v4.value === "string") cidrs.push(v4.value);
  if (typeof v6.value === "string") cidrs.push(v6.value);
  return {
    path,
    action: typeof a.value === "string" ? a.value.toLowerCase() : undefined,
    ruleNo: typeof n.value === "number" ? n.value : typeof n.value === "string" ? Number(n.value) : undefined,
    protocol: p.value,
    fromPort: f.value,
    toPort: t.value,
    cidrs,
    unknown: a.unknown || n.unknown || p.unknown || f.unknown || t.unknown || v4.unknown || v6.unknown,
  };
}

/** Inbound entries of a resource of one of `NETWORK_ACL_TYPES` (outbound entries are skipped). */
export function naclIngressEntries(type: string, props: unknown): { entries: NaclEntry[]; unknown: boolean } {
  if (type === NETWORK_ACL_RULE_TYPE) {
    const egress = peek(props, "egress");
    if (egress.state === "known" && egress.value === true) return { entries: [], unknown: false };
    const e = naclEntry("", props, "ruleAction", "ruleNumber");
    if (egress.state === "unknown") e.unknown = true;
    return { entries: [e], unknown: false };
  }
  if (type === NETWORK_ACL_TYPE || type === DEFAULT_NETWORK_ACL_TYPE) {
    const list = peekItems<unknown>(props, "ingress");
    return { entries: list.known.map((r, i) => naclEntry(`ingress[${i}]`, r, "action", "ruleNo")), unknown: list.unknown };
  }
  return { entries: [], unknown: false };
}
