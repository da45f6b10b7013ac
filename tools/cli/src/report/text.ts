/**
 * Text report: the Pulumi CLI's "Policy Violations:" block (as `pulumi preview` prints it:
 * `[mandatory]  aws-security v0.1.0  <policy> (<name>: <type>)`, then the description and message
 * indented), followed by a summary line.
 */
import type { CheckResult, Violation } from "../check";

const ORDER: Record<string, number> = { mandatory: 0, remediate: 1, advisory: 2, disabled: 3 };

/** Violations in report order: mandatory first, then by pack, policy and resource. */
export function sortViolations(vs: readonly Violation[]): Violation[] {
  return [...vs].sort(
    (a, b) =>
      (ORDER[a.enforcementLevel] ?? 9) - (ORDER[b.enforcementLevel] ?? 9) ||
      a.pack.localeCompare(b.pack) ||
      a.policy.localeCompare(b.policy) ||
      a.urn.localeCompare(b.urn),
  );
}

/** Counts by enforcement level. */
export function countByLevel(vs: readonly Violation[]): Record<"mandatory" | "advisory", number> {
  return {
    mandatory: vs.filter((v) => v.enforcementLevel === "mandatory" || v.enforcementLevel === "remediate").length,
    advisory: vs.filter((v) => v.enforcementLevel === "advisory").length,
  };
}

/** Renders the text report. */
export function renderText(result: CheckResult): string {
  const lines: string[] = [];
  const vs = sortViolations(result.violations);
  if (vs.length) {
    lines.push("Policy Violations:");
    for (const v of vs) {
      const where = v.urn ? ` (${v.resourceName}: ${v.resourceType})` : "";
      lines.push(`    [${v.enforcementLevel}]  ${v.pack} v${v.packVersion}  ${v.policy}${where}`);
      lines.push(`    ${v.description}`);
      for (const l of v.message.split("\n")) lines.push(`    ${l}`);
      lines.push("");
    }
  }
  const c = countByLevel(vs);
  const packs = result.packs.map((p) => `${p.name} v${p.version}`).join(", ");
  const policies = result.packs.reduce((n, p) => n + p.info.policies.length, 0);
  lines.push(
    `${vs.length === 0 ? "No policy violations" : `${vs.length} policy violation${vs.length === 1 ? "" : "s"} (${c.mandatory} mandatory, ${c.advisory} advisory)`}` +
      ` in ${result.resourcesChecked} resources, ${policies} policies (${packs}).`,
  );
  return lines.join("\n") + "\n";
}
