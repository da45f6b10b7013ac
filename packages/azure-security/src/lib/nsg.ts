/**
 * Network security group rules open to the internet, for both shapes azure-native has: rules
 * inline in `azure-native:network:NetworkSecurityGroup` (`securityRules`) and separate
 * `azure-native:network:SecurityRule` resources. Property names are those of
 * `SecurityRuleArgs` (network/securityRule.d.ts and types/input.d.ts).
 */
import { peek, peekItems, requireKnown, type EnforcementLevel, type Peeked, type Report, type ResourceContext, type Severity } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** The NSG type token. */
export const NSG = "azure-native:network:NetworkSecurityGroup";
/** The separate security rule type token. */
export const SECURITY_RULE = "azure-native:network:SecurityRule";

/** Which traffic a policy looks for: the protocols it covers and the destination ports (`"any"`: a rule for every port). */
export interface Exposure {
  /** Lower-case protocols that count ("tcp", "udp"); a rule for `*` covers every protocol. */
  protocols: readonly ("tcp" | "udp")[];
  /** Destination ports any of which the rule must reach, or "any" for rules that open every port (`*`, `0-65535`), or "all" for any port at all. */
  ports: readonly number[] | "any" | "all";
}

/** Sources that mean "the internet": `*`, `0.0.0.0`, `0.0.0.0/0`, `::/0`, the `Internet` service tag, `Any`. */
export function isInternetSource(prefix: unknown): boolean {
  if (typeof prefix !== "string") return false;
  const p = prefix.trim().toLowerCase();
  return p === "*" || p === "0.0.0.0" || p === "0.0.0.0/0" || p === "::/0" || p === "internet" || p === "any";
}

/** A destination port range as NSG rules write it ("22", "20-25", "*"), as [from, to], or undefined when malformed. */
export function parsePortRange(range: unknown): [number, number] | undefined {
  if (typeof range !== "string" && typeof range !== "number") return undefined;
  const r = String(range).trim();
  if (r === "*") return [0, 65535];
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(r);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to ? [from, to] : undefined;
}

/** Whether a port range reaches what `exposure.ports` asks for. */
function rangeMatches(range: [number, number], ports: Exposure["ports"]): boolean {
  if (ports === "all") return true;
  if (ports === "any") return range[0] <= 1 && range[1] >= 65535; // 0-65535, 1-65535 and * all open every port
  return ports.some((p) => range[0] <= p && p <= range[1]);
}

/** The outcome for one rule: it opens the exposure, it does not, or a value it depends on is unknown. */
export type RuleVerdict = "open" | "closed" | "unknown";

/** Folds verdicts: any "open" wins, then any "unknown". */
function fold(vs: RuleVerdict[]): RuleVerdict {
  return vs.includes("open") ? "open" : vs.includes("unknown") ? "unknown" : "closed";
}

/** A single-or-list property pair (`sourceAddressPrefix` / `sourceAddressPrefixes`) judged value by value. */
function anyOf(rule: unknown, single: string, list: string, test: (v: unknown) => RuleVerdict): RuleVerdict {
  const out: RuleVerdict[] = [];
  const one: Peeked = peek(rule, single);
  if (one.state === "unknown") out.push("unknown");
  else if (one.state === "known") out.push(test(one.value));
  const many = peekItems(rule, list);
  if (many.unknown) out.push("unknown");
  for (const v of many.known) out.push(test(v));
  return fold(out);
}

/** Whether an enum-valued property equals `want` (case-insensitive), as a verdict. */
function enumIs(rule: unknown, path: string, want: (v: string) => boolean): RuleVerdict {
  const v = peek(rule, path);
  if (v.state === "unknown") return "unknown";
  return v.state === "known" && typeof v.value === "string" && want(v.value.trim().toLowerCase()) ? "open" : "closed";
}

/**
 * Whether one security rule (inline or separate) allows inbound traffic from the internet that
 * `exposure` describes. Every condition must hold; a closed condition settles it even when another
 * value is unknown.
 */
export function judgeRule(rule: unknown, exposure: Exposure): RuleVerdict {
  const conditions: RuleVerdict[] = [
    enumIs(rule, "direction", (d) => d === "inbound"),
    enumIs(rule, "access", (a) => a === "allow"),
    enumIs(rule, "protocol", (p) => p === "*" || (exposure.protocols as readonly string[]).includes(p)),
    anyOf(rule, "sourceAddressPrefix", "sourceAddressPrefixes", (v) => (isInternetSource(v) ? "open" : "closed")),
    anyOf(rule, "destinationPortRange", "destinationPortRanges", (v) => {
      const r = parsePortRange(v);
      return r && rangeMatches(r, exposure.ports) ? "open" : "closed";
    }),
  ];
  if (conditions.includes("closed")) return "closed";
  return conditions.includes("unknown") ? "unknown" : "open";
}

/** One finding: where the rule is (`securityRules[2]` or the resource itself) and the verdict. */
export interface RuleFinding {
  /** Property path of the rule in the resource, e.g. `securityRules[1]`; empty for a SecurityRule resource. */
  where: string;
  verdict: RuleVerdict;
}

/**
 * Judges every rule of a resource of either type: each inline rule of an NSG, or the one rule a
 * SecurityRule resource is. An unknown `securityRules` list gives one "unknown" finding.
 */
export function judgeResource(type: string, props: unknown, exposure: Exposure): RuleFinding[] {
  if (type === SECURITY_RULE) return [{ where: "", verdict: judgeRule(props, exposure) }];
  const rules = peekItems(props, "securityRules");
  const out: RuleFinding[] = rules.known.map((r, i) => ({ where: `securityRules[${i}]`, verdict: judgeRule(r, exposure) }));
  if (rules.unknown) out.push({ where: "securityRules", verdict: "unknown" });
  return out;
}

/**
 * The `validateResource` of an NSG exposure policy: reports each rule that opens `exposure` to the
 * internet (`what` names the traffic, e.g. "SSH (TCP 22)"; `fix` says what to do). When only
 * unknown values could open it, the SDK's preview advisory is raised instead of a violation.
 */
export function nsgExposureCheck(exposure: Exposure, what: string, fix: string) {
  return ({ type, props }: ResourceContext<unknown>, report: Report): void => {
    const findings = judgeResource(type, props, exposure);
    const open = findings.filter((f) => f.verdict === "open");
    for (const f of open) {
      const where = f.where ? `${f.where} of this network security group` : "This security rule";
      report(`${where} allows inbound ${what} from the internet (source *, 0.0.0.0/0, Internet or Any). ${fix}`);
    }
    if (!open.length && findings.some((f) => f.verdict === "unknown")) requireKnown(props, type === SECURITY_RULE ? undefined : "securityRules");
  };
}

/** What sets one NSG exposure policy apart from the others (see `nsgExposurePolicy`). */
export interface NsgExposurePolicySpec {
  /** Policy name, `azure-network-nsg-restrict-<traffic>-from-internet`. */
  name: string;
  description: string;
  severity: Severity;
  enforcementLevel: EnforcementLevel;
  /** The traffic the policy looks for. */
  exposure: Exposure;
  /** The traffic as messages name it, e.g. "SSH (TCP 22)". */
  what: string;
  /** What to do, both the remediation steps and the end of each message. */
  fix: string;
}

/**
 * An NSG exposure policy on NetworkSecurityGroup and SecurityRule resources: each inbound Allow
 * rule from the internet that reaches `spec.exposure` is reported (`nsgExposureCheck`).
 */
export function nsgExposurePolicy(spec: NsgExposurePolicySpec) {
  return azurePolicy({
    name: spec.name,
    description: spec.description,
    severity: spec.severity,
    enforcementLevel: spec.enforcementLevel,
    remediationSteps: spec.fix,
    url: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
    resourceTypes: [NSG, SECURITY_RULE],
    validateResource: nsgExposureCheck(spec.exposure, spec.what, spec.fix),
  });
}
