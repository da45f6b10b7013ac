/**
 * Text report: the Pulumi CLI's "Policy Violations:" block (as `pulumi preview` prints it:
 * `[mandatory]  aws-security v0.1.0  <policy> (<name>: <type>)`, then the description and message
 * indented), then a summary table (violations per pack and policy, by enforcement level), notes on
 * exempted and baselined violations and expired exemptions, and a summary line.
 */
import type { Violation } from "../check";
import { isMandatory, Report, sortViolations } from "./model";

export { sortViolations } from "./model";

/** Counts by enforcement level. */
export function countByLevel(vs: readonly Violation[]): Record<"mandatory" | "advisory", number> {
  return {
    mandatory: vs.filter(isMandatory).length,
    advisory: vs.filter((v) => v.enforcementLevel === "advisory").length,
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => "    " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd());
}

/** Renders the text report. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  const vs = sortViolations(report.violations);
  if (vs.length) {
    lines.push("Policy Violations:");
    for (const v of vs) {
      const where = v.urn ? ` (${v.resourceName}: ${v.resourceType})` : "";
      lines.push(`    [${v.enforcementLevel}]  ${v.pack} v${v.packVersion}  ${v.policy}${where}`);
      lines.push(`    ${v.description}`);
      for (const l of v.message.split("\n")) lines.push(`    ${l}`);
      lines.push("");
    }
    lines.push("Summary:");
    const rows: string[][] = [["PACK / POLICY", "SEVERITY", "MANDATORY", "ADVISORY"]];
    for (const pack of [...new Set(vs.map((v) => v.pack))]) {
      const inPack = vs.filter((v) => v.pack === pack);
      const c = countByLevel(inPack);
      rows.push([pack, "", String(c.mandatory), String(c.advisory)]);
      for (const policy of [...new Set(inPack.map((v) => v.policy))].sort()) {
        const p = inPack.filter((v) => v.policy === policy);
        const pc = countByLevel(p);
        rows.push([`  ${policy}`, p[0].severity || "-", String(pc.mandatory), String(pc.advisory)]);
      }
    }
    lines.push(...table(rows), "");
  }
  for (const e of report.expiredExemptions) {
    lines.push(`Expired exemption (no longer applied): ${e.policy} on ${e.resource}, expired ${e.expires}: ${e.reason}`);
  }
  if (report.exempted.length) lines.push(`${report.exempted.length} violation${report.exempted.length === 1 ? "" : "s"} exempted (rampart.yaml).`);
  if (report.baselined.length) lines.push(`${report.baselined.length} violation${report.baselined.length === 1 ? "" : "s"} in the baseline not shown.`);
  const c = countByLevel(vs);
  const packs = report.packs.map((p) => `${p.name} v${p.version}`).join(", ");
  const policies = report.packs.reduce((n, p) => n + p.policies.length, 0);
  lines.push(
    `${vs.length === 0 ? "No policy violations" : `${vs.length} policy violation${vs.length === 1 ? "" : "s"} (${c.mandatory} mandatory, ${c.advisory} advisory)`}` +
      ` in ${report.resourcesChecked} resources, ${policies} policies (${packs}).`,
  );
  return lines.join("\n") + "\n";
}
