/**
 * What every report format renders: the check result after exemptions and baseline, with the
 * packs' policy metadata, the input and the exit decision.
 */
import type { AnalyzerPolicyInfo } from "@rampart/engine-client";
import type { CheckResult, Violation } from "../check";
import type { Exemption } from "../exemptions";
import { messageHash } from "../baseline";
import type { UnexpandedComponent } from "../inputs/stack-export";

/** A check's outcome, ready to render. */
export interface Report {
  tool: { name: "rampart"; version: string };
  input: { path: string; kind: string; stack: string; project: string };
  /** The packs run; `dir` is the pack folder (the CLI's `(local: <dir>)`). */
  packs: { name: string; version: string; dir?: string; policies: AnalyzerPolicyInfo[] }[];
  resourcesChecked: number;
  /** Reported violations (not exempted, not in the baseline). */
  violations: Violation[];
  /** Violations an active exemption covers. */
  exempted: { violation: Violation; exemption: Exemption }[];
  /** Violations in the `--baseline` (not reported). */
  baselined: Violation[];
  /** Whether a baseline was used (SARIF marks results new/unchanged). */
  baselineUsed: boolean;
  /** Exemptions past their expiry date (no longer applied). */
  expiredExemptions: Exemption[];
  /** The `--fail-on` threshold and whether it was reached (exit code 1). */
  failOn: string;
  failed: boolean;
  /** Program inputs: components whose children rampart could not see offline (their resources were not checked). */
  unexpandedComponents?: UnexpandedComponent[];
  /** Warnings about the check's coverage (e.g. no resources checked), as printed on stderr. */
  warnings?: string[];
}

/**
 * The one notice for components that were not expanded, e.g. "2 components were not expanded
 * offline: awsx:ec2:Vpc vpc, eks:index:Cluster c — check a `pulumi preview --json` or a stack
 * export to cover their resources". Undefined when there are none.
 */
export function unexpandedNotice(cs: readonly UnexpandedComponent[] | undefined): string | undefined {
  if (!cs?.length) return undefined;
  const list = cs.map((c) => `${c.type} ${c.name}`).join(", ");
  return `${cs.length} component${cs.length === 1 ? " was" : "s were"} not expanded offline: ${list} — check a \`pulumi preview --json\` or a stack export to cover their resources`;
}

const ORDER: Record<string, number> = { mandatory: 0, remediate: 1, advisory: 2, disabled: 3 };

/** Violations in report order: mandatory first, then by pack, policy, resource and message. */
export function sortViolations(vs: readonly Violation[]): Violation[] {
  return [...vs].sort(
    (a, b) =>
      (ORDER[a.enforcementLevel] ?? 9) - (ORDER[b.enforcementLevel] ?? 9) ||
      cmp(a.pack, b.pack) ||
      cmp(a.policy, b.policy) ||
      cmp(a.urn, b.urn) ||
      cmp(a.message, b.message),
  );
}

/** Plain code-unit comparison (locale-independent, so output is the same everywhere). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stable identity for a violation: pack, policy, URN and message hash (also the baseline match). */
export function fingerprint(v: Violation): string {
  return messageHash(JSON.stringify([v.pack, v.policy, v.urn, messageHash(v.message)])).slice(0, 32);
}

/** The policy metadata of a violation, if its pack reported it. */
export function policyOf(report: Pick<Report, "packs">, v: Violation): AnalyzerPolicyInfo | undefined {
  return report.packs.find((p) => p.name === v.pack)?.policies.find((p) => p.name === v.policy);
}

/** Whether a violation counts as mandatory (mandatory or remediate). */
export const isMandatory = (v: Violation) => v.enforcementLevel === "mandatory" || v.enforcementLevel === "remediate";

/** Builds the report skeleton from a result. */
export function packsOf(result: CheckResult): Report["packs"] {
  return result.packs.map((p) => ({ name: p.name, version: p.version, dir: p.dir, policies: p.info.policies }));
}
