/**
 * Renderings of a compliance report: text (a per-control table), JSON (format `version` 1, fields
 * only added), Markdown (a pull request comment) and SARIF (the check's results for the
 * framework's policies, each tagged with the controls it bears on, e.g. `cis-aws-5.0.0:2.1.4`).
 * All are byte-stable for the same input.
 */
import type { ComplianceReport, ControlResult, ControlStatus } from "../compliance";
import { frameworkPolicies, STATUSES } from "../compliance";
import { code, details, escapeMarkdown, inputLine } from "./markdown";
import { toSarif } from "./sarif";
import { table } from "../commands/list";
import { typeDisplayName } from "./text";

/** How each status reads. */
export const STATUS_LABEL: Record<ControlStatus, string> = {
  pass: "pass",
  fail: "FAIL",
  exempted: "exempted",
  "not-evaluated": "not evaluated",
  "not-checkable": "not checkable from code",
};

const ICON: Record<ControlStatus, string> = { pass: "✅", fail: "❌", exempted: "🟡", "not-evaluated": "⚪", "not-checkable": "➖" };

function scoreText(r: ComplianceReport): string {
  const s = r.summary;
  return s.score === null ? "no control could be evaluated" : `${s.score}% (${s.pass} of ${s.evaluated} evaluated controls pass)`;
}

function countsText(r: ComplianceReport): string {
  return STATUSES.map((st) => `${r.summary[st]} ${STATUS_LABEL[st].toLowerCase()}`).join(", ");
}

function resourceText(f: { resourceName: string; resourceType: string; urn: string }): string {
  return f.urn ? `${f.resourceName} (${typeDisplayName(f.resourceType)})` : "the stack";
}

/** Text: a line per control (id, status, title), the resources behind each fail, reasons, then the score. */
export function renderComplianceText(r: ComplianceReport): string {
  const rows = r.controls.map((c) => [c.id, STATUS_LABEL[c.status], c.title]);
  const lines = [`${r.framework.title} (${r.framework.id}): ${r.check.input.path}`, ""];
  const t = table(["CONTROL", "STATUS", "TITLE"], rows).trimEnd().split("\n");
  lines.push(t[0]);
  r.controls.forEach((c, i) => {
    lines.push(t[i + 1]);
    if (c.status === "fail" || c.status === "exempted") {
      for (const f of c.findings) {
        const why = f.exemption
          ? `exempted: ${f.exemption.reason}${f.exemption.expires ? ` (until ${f.exemption.expires})` : ""}`
          : `${f.enforcementLevel}: ${f.message.split("\n")[0]}`;
        lines.push(`    - ${f.policy}  ${resourceText(f)}  ${why}`);
      }
    } else if (c.reason) lines.push(`    ${c.reason}`);
  });
  lines.push("", `Score: ${scoreText(r)}.`, `Controls: ${r.summary.controls}: ${countsText(r)}.`, `Source of the control list: ${r.framework.source}`);
  return `${lines.join("\n")}\n`;
}

/** JSON: the framework, summary, and every control with its status, reason, policies and findings. */
export function renderComplianceJson(r: ComplianceReport): string {
  const doc = {
    version: 1,
    tool: r.check.tool,
    input: r.check.input,
    packs: r.check.packs.map((p) => ({ name: p.name, version: p.version })),
    framework: r.framework,
    summary: { ...r.summary, resources: r.check.resourcesChecked },
    controls: r.controls,
    expiredExemptions: r.check.expiredExemptions.map((e) => ({ ...e, pack: e.pack ?? null })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function findingsTable(c: ControlResult): string {
  const rows = c.findings.map((f) => {
    const note = f.exemption
      ? `exempted: ${escapeMarkdown(f.exemption.reason)}${f.exemption.expires ? ` (until ${f.exemption.expires})` : ""}`
      : escapeMarkdown(f.message);
    return `| ${code(f.policy)} | ${f.urn ? `${code(f.resourceName)} (${code(typeDisplayName(f.resourceType))})` : "the stack"} | ${f.enforcementLevel} | ${note} |`;
  });
  return ["| Policy | Resource | Level | Message |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** Markdown: verdict and score, counts by status, each failing control with its resources, and all controls collapsible. */
export function renderComplianceMarkdown(r: ComplianceReport): string {
  const s = r.summary;
  const icon = s.fail ? "❌" : "✅";
  const out = [
    `### ${icon} ${escapeMarkdown(r.framework.title)}: ${s.fail} ${s.fail === 1 ? "control fails" : "controls fail"}, score ${s.score === null ? "n/a" : `${s.score}%`}`,
    "",
    inputLine(r.check),
    "",
    "| Status | Controls |",
    "| --- | ---: |",
    ...STATUSES.map((st) => `| ${ICON[st]} ${STATUS_LABEL[st]} | ${s[st]} |`),
    `| **Total** | **${s.controls}** |`,
    "",
  ];
  const failing = r.controls.filter((c) => c.status === "fail");
  if (failing.length) {
    out.push("#### Failing controls", "");
    for (const c of failing) out.push(`**${escapeMarkdown(c.id)}** ${escapeMarkdown(c.title)}`, "", findingsTable(c), "");
  }
  const rows = r.controls.map(
    (c) =>
      `| ${escapeMarkdown(c.id)} | ${ICON[c.status]} ${STATUS_LABEL[c.status]} | ${escapeMarkdown(c.title)} | ${c.policies.map(code).join(", ") || "—"} | ${c.reason ? escapeMarkdown(c.reason) : ""} |`,
  );
  out.push(
    details(`All ${s.controls} controls`, ["| Control | Status | Title | Policies | Note |", "| --- | --- | --- | --- | --- |", ...rows].join("\n")),
    "",
  );
  out.push(`<sub>Control list: ${escapeMarkdown(r.framework.source)} · rampart ${r.check.tool.version}</sub>`);
  return `${out.join("\n")}\n`;
}

/**
 * SARIF: the check's results for the framework's policies; each rule and result carries the
 * framework's controls it bears on as tags (`cis-aws-5.0.0:2.1.4`), and the run's properties the
 * per-control statuses and score.
 */
export function renderComplianceSarif(r: ComplianceReport, root?: string): string {
  const mapped = frameworkPolicies(r);
  const keep = <T extends { policy: string }>(vs: readonly T[]) => vs.filter((v) => mapped.has(v.policy));
  const check = {
    ...r.check,
    violations: keep(r.check.violations),
    baselined: keep(r.check.baselined),
    exempted: r.check.exempted.filter((e) => mapped.has(e.violation.policy)),
  };
  const log = toSarif(check, root) as any;
  const tagsOf = new Map<string, string[]>();
  for (const c of r.controls) for (const p of c.policies) tagsOf.set(p, [...(tagsOf.get(p) ?? []), `${r.framework.id}:${c.id}`]);
  const run = log.runs[0];
  for (const rule of run.tool.driver.rules) {
    const extra = tagsOf.get(rule.id) ?? [];
    rule.properties.tags = [...new Set([...rule.properties.tags, ...extra])];
  }
  for (const res of run.results) res.properties.tags = tagsOf.get(res.ruleId) ?? [];
  run.properties.compliance = {
    framework: r.framework,
    summary: r.summary,
    controls: r.controls.map((c) => ({ id: c.id, status: c.status, ...(c.reason ? { reason: c.reason } : {}), policies: c.policies })),
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
