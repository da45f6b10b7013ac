/**
 * JSON report, format version 1 (documented in tools/cli/README.md, "JSON report"). Stable:
 * keys in a fixed order, lists sorted, two-space indentation; fields are only added in a
 * compatible way within a version.
 */
import type { Violation } from "../check";
import type { Exemption } from "../exemptions";
import { countByLevel } from "./text";
import { cmp, fingerprint, Report, sortViolations } from "./model";

/** The JSON report's format version. */
export const JSON_REPORT_VERSION = 1;

function violation(v: Violation) {
  return {
    pack: v.pack,
    packVersion: v.packVersion,
    policy: v.policy,
    enforcementLevel: v.enforcementLevel,
    severity: v.severity || null,
    description: v.description,
    message: v.message,
    urn: v.urn || null,
    resourceName: v.resourceName || null,
    resourceType: v.resourceType || null,
    location: v.location ? { file: v.location.file, line: v.location.line ?? null } : null,
    fingerprint: fingerprint(v),
  };
}

function exemption(e: Exemption) {
  return { policy: e.policy, resource: e.resource, reason: e.reason, expires: e.expires ?? null, pack: e.pack ?? null };
}

/** The report as a JSON-ready object. */
export function toJsonReport(report: Report) {
  const vs = sortViolations(report.violations);
  const c = countByLevel(vs);
  const bySeverity: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, none: 0 };
  for (const v of vs) bySeverity[v.severity || "none"]++;
  return {
    version: JSON_REPORT_VERSION,
    tool: report.tool,
    input: report.input,
    packs: [...report.packs].sort((a, b) => cmp(a.name, b.name)).map((p) => ({ name: p.name, version: p.version, policies: p.policies.length })),
    summary: {
      resources: report.resourcesChecked,
      policies: report.packs.reduce((n, p) => n + p.policies.length, 0),
      violations: vs.length,
      mandatory: c.mandatory,
      advisory: c.advisory,
      bySeverity,
      exempted: report.exempted.length,
      baselined: report.baselined.length,
      expiredExemptions: report.expiredExemptions.length,
      failOn: report.failOn,
      failed: report.failed,
    },
    violations: vs.map(violation),
    exempted: sortViolations(report.exempted.map((e) => e.violation)).map((v) => ({
      ...violation(v),
      exemption: exemption(report.exempted.find((e) => e.violation === v)!.exemption),
    })),
    expiredExemptions: report.expiredExemptions.map(exemption),
    unexpandedComponents: (report.unexpandedComponents ?? []).map((c) => ({ type: c.type, name: c.name, urn: c.urn })),
    warnings: report.warnings ?? [],
  };
}

/** Renders the JSON report. */
export function renderJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
}
