/**
 * Text report: the Pulumi CLI's `Policies:` section as pkg/backend/display (printPolicies,
 * renderDiffPolicyViolationEvent; CLI v3.274) prints it, then rampart's summary table (violations per
 * pack and policy, by enforcement level), notes on exempted and baselined violations and expired
 * exemptions, and a summary line:
 *
 * ```
 * Policies:
 *     ❌ aws-security@v0.1.0 (local: /path/to/pack)
 *         - [mandatory] [severity: high]  aws-ec2-disallow-open-ssh  (aws:ec2:SecurityGroup: web)
 *           <description>
 *           <message>
 *     ✅ cost-optimization@v0.1.0 (local: /path/to/pack)
 * ```
 *
 * Packs are sorted by `<name>@v<version>`; `❌` when a violation is mandatory, `⚠️` when there are
 * only advisory ones, `✅` when none. Violations are sorted by enforcement level (remediate,
 * mandatory, advisory, disabled), severity (critical first, none last), policy name and URN. The
 * resource clause is `(<type display name>: <resource name>)`. `(local: <dir>)` is shown for every
 * input but a stack export, which `pulumi policy analyze --file` reports without it.
 */
import type { Violation } from "../check";
import { cmp, isMandatory, Report, sortViolations } from "./model";

/** Counts by enforcement level. */
export function countByLevel(vs: readonly Violation[]): Record<"mandatory" | "advisory", number> {
  return {
    mandatory: vs.filter(isMandatory).length,
    advisory: vs.filter((v) => v.enforcementLevel === "advisory").length,
  };
}

/**
 * A type token as the Pulumi CLI displays it (sdk/go/common/tokens Type.DisplayName):
 * `aws:s3/bucket:Bucket` → `aws:s3:Bucket`; tokens whose module's last segment is not the
 * camel-cased type name stay as they are.
 */
export function typeDisplayName(type: string): string {
  const parts = type.split(":");
  if (parts.length !== 3 || !parts[2]) return type;
  const [pkg, mod, name] = parts;
  const slash = mod.lastIndexOf("/");
  if (slash < 0) return type;
  if (mod.slice(slash + 1) !== name[0].toLowerCase() + name.slice(1)) return type;
  return `${pkg}:${mod.slice(0, slash)}:${name}`;
}

const LEVEL_RANK: Record<string, number> = { remediate: 0, mandatory: 1, advisory: 2, disabled: 3 };
const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, "": 4 };

/**
 * Violations of one pack in the CLI's order: a stable sort by level, severity, policy name and URN
 * (progress.go printPolicies), so several violations of one policy on one resource keep the order
 * the pack reported them in.
 */
export function cliOrder(vs: readonly Violation[]): Violation[] {
  return [...vs].sort(
    (a, b) =>
      (LEVEL_RANK[a.enforcementLevel] ?? 99) - (LEVEL_RANK[b.enforcementLevel] ?? 99) ||
      (SEVERITY_RANK[a.severity ?? ""] ?? 99) - (SEVERITY_RANK[b.severity ?? ""] ?? 99) ||
      cmp(a.policy, b.policy) ||
      cmp(a.urn, b.urn),
  );
}

/** The `Policies:` section, one line per pack then its violations (the CLI's layout, without colour). */
export function renderPolicies(report: Pick<Report, "packs" | "violations" | "input">): string[] {
  const lines = ["Policies:"];
  const showLocal = report.input.kind !== "stack-export";
  const packs = [...report.packs].sort((a, b) => cmp(`${a.name}@v${a.version}`, `${b.name}@v${b.version}`));
  for (const pack of packs) {
    const vs = cliOrder(report.violations.filter((v) => v.pack === pack.name));
    const mark = vs.some(isMandatory) ? "❌" : vs.length ? "⚠️" : "✅";
    const local = showLocal && pack.dir ? ` (local: ${pack.dir})` : "";
    lines.push(`    ${mark} ${pack.name}@v${pack.version}${local}`);
    for (const v of vs) {
      const severity = v.severity ? ` [severity: ${v.severity}]` : "";
      const where = v.urn ? `  (${typeDisplayName(v.resourceType)}: ${v.resourceName})` : "";
      lines.push(`        - [${v.enforcementLevel}]${severity}  ${v.policy}${where}`);
      const text = v.description && v.message !== v.description ? `${v.description}\n${v.message}` : v.message;
      for (const l of text.replace(/\n$/, "").split("\n")) lines.push(`          ${l}`);
    }
  }
  return lines;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) =>
      "    " +
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join("  ")
        .trimEnd(),
  );
}

/** Renders the text report. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  const vs = sortViolations(report.violations);
  lines.push(...renderPolicies(report), "");
  if (vs.length) {
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
