/**
 * Markdown report: a short summary for a pull request comment (GitHub-flavoured Markdown). A
 * heading with the verdict, the input and packs, a table of violations by severity and enforcement
 * level, new vs baselined vs exempted counts, the top findings with their remediation, and the full
 * lists in collapsible `<details>` blocks. The same input gives the same bytes (sorted lists, no
 * time stamps), so a re-run updates a comment only when the findings changed.
 *
 * GitHub caps a comment at 65,536 characters: the detail tables stop after {@link MAX_ROWS} rows
 * and say how many were left out.
 */
import type { Violation } from "../check";
import { isMandatory, policyOf, Report, sortViolations } from "./model";
import { countByLevel, typeDisplayName } from "./text";

/** Rows per detail table before the rest is summarised. */
export const MAX_ROWS = 150;
/** Findings shown with their remediation at the top. */
export const TOP_FINDINGS = 5;

const SEVERITY_ORDER = ["critical", "high", "medium", "low"] as const;

/**
 * Text made safe for a Markdown table cell or paragraph: HTML and Markdown punctuation escaped,
 * `|` escaped (cell separator), line breaks as `<br>`, so a message cannot break the layout or
 * inject markup.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]#|~])/g, "\\$1")
    .replace(/\r?\n/g, "<br>");
}

/** Inline code that survives any content (backticks in the text get a longer fence). */
export function code(s: string): string {
  const clean = s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const runs = clean.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  return clean.startsWith("`") || clean.endsWith("`") ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}

/** Violations ranked for "top findings": mandatory first, then by severity, then report order. */
export function rankViolations(vs: readonly Violation[]): Violation[] {
  const sev = (v: Violation) => {
    const i = SEVERITY_ORDER.indexOf(v.severity as (typeof SEVERITY_ORDER)[number]);
    return i < 0 ? SEVERITY_ORDER.length : i;
  };
  const sorted = sortViolations(vs);
  return sorted
    .map((v, i) => ({ v, i }))
    .sort((a, b) => Number(isMandatory(b.v)) - Number(isMandatory(a.v)) || sev(a.v) - sev(b.v) || a.i - b.i)
    .map((x) => x.v);
}

function resourceCell(v: Violation): string {
  return v.urn ? `${code(v.resourceName)} (${code(typeDisplayName(v.resourceType))})` : "the stack";
}

function levelOf(v: Violation): string {
  return isMandatory(v) ? "mandatory" : v.enforcementLevel;
}

/** A table of violations (level, severity, policy, resource, message), capped at MAX_ROWS. */
export function violationTable(vs: readonly Violation[], extra?: (v: Violation) => string, extraHeader?: string): string {
  const head = ["Level", "Severity", "Policy", "Resource", "Message", ...(extraHeader ? [extraHeader] : [])];
  const rows = vs
    .slice(0, MAX_ROWS)
    .map((v) => [levelOf(v), v.severity ?? "—", code(v.policy), resourceCell(v), escapeMarkdown(v.message), ...(extra ? [extra(v)] : [])].join(" | "));
  const lines = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r} |`)];
  if (vs.length > MAX_ROWS) lines.push("", `…and ${vs.length - MAX_ROWS} more: see the SARIF or JSON report.`);
  return lines.join("\n");
}

/** A collapsible block (blank lines around the body so GitHub renders its Markdown). */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The "one-line" verdict of a check: icon and counts. */
function verdict(report: Report): string {
  const { mandatory, advisory } = countByLevel(report.violations);
  const icon = report.failed ? "❌" : report.violations.length ? "⚠️" : "✅";
  if (!report.violations.length) return `${icon} rampart: no policy violations`;
  const parts = [mandatory ? `${mandatory} mandatory` : "", advisory ? `${advisory} advisory` : ""].filter(Boolean);
  return `${icon} rampart: ${parts.join(", ")} ${report.violations.length === 1 ? "violation" : "violations"}`;
}

/** The input and packs line. */
export function inputLine(report: Report): string {
  const packs = report.packs.map((p) => `${p.name} v${p.version}`).join(", ");
  const stack = report.input.stack ? `, stack ${code(report.input.stack)}` : "";
  return `${code(report.input.path)} (${report.input.kind}${stack}) · ${report.resourcesChecked} ${report.resourcesChecked === 1 ? "resource" : "resources"} · ${packs}`;
}

/** Counts by severity (rows) and enforcement level (columns). */
function severityTable(vs: readonly Violation[]): string {
  const rows: string[] = [];
  for (const s of [...SEVERITY_ORDER, "none"] as const) {
    const of = vs.filter((v) => (v.severity ?? "none") === s || (s === "none" && !SEVERITY_ORDER.includes(v.severity as never)));
    if (!of.length) continue;
    const c = countByLevel(of);
    rows.push(`| ${s} | ${c.mandatory} | ${c.advisory} | ${of.length} |`);
  }
  const t = countByLevel(vs);
  return [
    "| Severity | Mandatory | Advisory | Total |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
    `| **Total** | **${t.mandatory}** | **${t.advisory}** | **${vs.length}** |`,
  ].join("\n");
}

/** The top findings, numbered, each with its message and the policy's remediation. */
function topFindings(report: Report): string {
  const top = rankViolations(report.violations).slice(0, TOP_FINDINGS);
  return top
    .map((v, i) => {
      const p = policyOf(report, v);
      const fix = p?.remediationSteps ? `\n   **Fix:** ${escapeMarkdown(p.remediationSteps)}${p.url ? ` ([docs](${p.url}))` : ""}` : "";
      const sev = v.severity ? ` [${v.severity}]` : "";
      return `${i + 1}. **[${levelOf(v)}]${sev}** ${code(v.policy)} on ${resourceCell(v)}\n   ${escapeMarkdown(v.message)}${fix}`;
    })
    .join("\n");
}

/** Renders the check report as a pull request comment. Ends with a newline. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [`### ${verdict(report)}`, "", inputLine(report), ""];
  if (report.violations.length) out.push(severityTable(report.violations), "");
  const counts = [
    report.baselineUsed ? `**New:** ${report.violations.length}` : `**Reported:** ${report.violations.length}`,
    ...(report.baselineUsed ? [`**In baseline:** ${report.baselined.length}`] : []),
    `**Exempted:** ${report.exempted.length}`,
    ...(report.expiredExemptions.length ? [`**Expired exemptions:** ${report.expiredExemptions.length}`] : []),
    `**Fails on:** ${report.failOn}`,
  ];
  out.push(counts.join(" · "), "");
  for (const w of report.warnings ?? []) out.push(`> [!WARNING]\n> ${escapeMarkdown(w)}`, "");
  if (report.unexpandedComponents?.length) {
    out.push(
      `> [!WARNING]\n> ${report.unexpandedComponents.length} components were not expanded offline (${report.unexpandedComponents.map((c) => code(`${c.type} ${c.name}`)).join(", ")}): their resources were not checked.`,
      "",
    );
  }
  if (report.violations.length) {
    out.push(`#### Top findings`, "", topFindings(report), "");
    out.push(details(`All ${report.violations.length} ${report.baselineUsed ? "new " : ""}violations`, violationTable(sortViolations(report.violations))), "");
  }
  if (report.baselined.length)
    out.push(details(`${report.baselined.length} in the baseline (not failing)`, violationTable(sortViolations(report.baselined))), "");
  if (report.exempted.length) {
    const byViolation = new Map(report.exempted.map((e) => [e.violation, e.exemption]));
    out.push(
      details(
        `${report.exempted.length} exempted`,
        violationTable(
          sortViolations(report.exempted.map((e) => e.violation)),
          (v) => {
            const e = byViolation.get(v)!;
            return `${escapeMarkdown(e.reason)}${e.expires ? ` (until ${e.expires})` : ""}`;
          },
          "Reason",
        ),
      ),
      "",
    );
  }
  if (report.expiredExemptions.length) {
    const rows = report.expiredExemptions.map((e) => `| ${code(e.policy)} | ${code(e.resource)} | ${e.expires} | ${escapeMarkdown(e.reason)} |`);
    out.push(
      details(
        `${report.expiredExemptions.length} expired exemptions (no longer applied)`,
        ["| Policy | Resource | Expired | Reason |", "| --- | --- | --- | --- |", ...rows].join("\n"),
      ),
      "",
    );
  }
  out.push(`<sub>rampart ${report.tool.version}</sub>`);
  return `${out.join("\n")}\n`;
}
