/**
 * SARIF 2.1.0 report (OASIS Static Analysis Results Interchange Format), as GitHub code scanning
 * and other viewers read it:
 * - one run; `tool.driver.rules` are every policy of every pack (id = policy name, descriptions,
 *   `help` = remediation steps, `helpUri` = the policy's url, default level from enforcement and
 *   severity, `security-severity` for GitHub);
 * - one result per violation: level `error` (mandatory), `warning` (advisory, medium and up) or
 *   `note` (advisory, low); the resource URN as logical location; a physical location where known
 *   (YAML programs: Pulumi.yaml and the resource's line; JSON inputs: the line of the resource's
 *   URN; programs: the entry file), relative to `%SRCROOT%` (the current folder);
 *   `partialFingerprints` from pack, policy, URN and message hash;
 * - exempted violations as results with an external suppression (justification: the reason);
 * - with `--baseline`: `baselineState` new / unchanged;
 * - expired exemptions, components not expanded offline and coverage warnings (nothing checked)
 *   as warnings in `invocations[0].toolConfigurationNotifications`.
 */
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Violation } from "../check";
import { fingerprint, isMandatory, policyOf, Report, unexpandedNotice } from "./model";

type Level = "error" | "warning" | "note" | "none";

const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };

/** SARIF level for an enforcement level and severity. */
export function sarifLevel(enforcement: string, severity: string): Level {
  if (enforcement === "mandatory" || enforcement === "remediate") return "error";
  if (enforcement === "disabled") return "none";
  return severity === "low" ? "note" : "warning";
}

/** An artifact location: relative to %SRCROOT% when the file is under `root`, else an absolute file URI. */
function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(root, path.resolve(root, file));
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return { uri: pathToFileURL(path.resolve(root, file)).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** The report as a SARIF log object. `root` is %SRCROOT% (default: the current folder). */
export function toSarif(report: Report, root = process.cwd()) {
  const rules = report.packs.flatMap((pack) =>
    pack.policies.map((p) => ({
      id: p.name,
      name: p.name,
      shortDescription: { text: p.description },
      fullDescription: { text: p.description },
      help: { text: p.remediationSteps || p.description, markdown: `${p.remediationSteps || p.description}${p.url ? `\n\n[Documentation](${p.url})` : ""}` },
      ...(p.url ? { helpUri: p.url } : {}),
      defaultConfiguration: { level: sarifLevel(p.enforcementLevel, p.severity) },
      properties: {
        pack: pack.name,
        packVersion: pack.version,
        enforcementLevel: p.enforcementLevel,
        ...(p.severity ? { severity: p.severity, "security-severity": SECURITY_SEVERITY[p.severity] } : {}),
        tags: ["security", "pulumi", ...p.tags],
      },
    })),
  );
  const ruleIndex = new Map(rules.map((r, i) => [`${r.properties.pack}/${r.id}`, i]));
  const result = (v: Violation, extra: Record<string, unknown>) => {
    const idx = ruleIndex.get(`${v.pack}/${v.policy}`);
    const policy = policyOf(report, v);
    const location: Record<string, unknown> = {};
    if (v.location) {
      location.physicalLocation = {
        artifactLocation: artifactLocation(v.location.file, root),
        ...(v.location.line ? { region: { startLine: v.location.line } } : {}),
      };
    } else if (!v.urn && report.input.path) {
      // A stack-level finding names no resource: point at the checked input, so code scanning
      // (which needs a physical location) still shows it.
      location.physicalLocation = { artifactLocation: artifactLocation(report.input.path, root), region: { startLine: 1 } };
    }
    if (v.urn) location.logicalLocations = [{ name: v.resourceName, fullyQualifiedName: v.urn, kind: "resource" }];
    return {
      ruleId: v.policy,
      ...(idx !== undefined ? { ruleIndex: idx } : {}),
      level: sarifLevel(v.enforcementLevel, v.severity),
      message: { text: `${v.description}${v.urn ? ` (${v.resourceName}: ${v.resourceType})` : ""}\n${v.message}`.trim() },
      ...(Object.keys(location).length ? { locations: [location] } : {}),
      partialFingerprints: { "rampartViolation/v1": fingerprint(v) },
      properties: {
        pack: v.pack,
        packVersion: v.packVersion,
        enforcementLevel: v.enforcementLevel,
        ...(v.severity ? { severity: v.severity } : {}),
        ...(v.urn ? { urn: v.urn, resourceType: v.resourceType } : {}),
        mandatory: isMandatory(v),
        ...(policy?.url ? { url: policy.url } : {}),
      },
      ...extra,
    };
  };
  const baseline = (state: "new" | "unchanged") => (report.baselineUsed ? { baselineState: state } : {});
  const results = [
    ...report.violations.map((v) => result(v, baseline("new"))),
    ...report.baselined.map((v) => result(v, baseline("unchanged"))),
    ...report.exempted.map(({ violation, exemption }) =>
      result(violation, {
        suppressions: [
          {
            kind: "external",
            justification: `${exemption.reason}${exemption.expires ? ` (until ${exemption.expires})` : ""}`,
          },
        ],
      }),
    ),
  ];
  const notifications = report.expiredExemptions.map((e) => ({
    level: "warning",
    message: { text: `Exemption of ${e.policy} for ${e.resource} expired on ${e.expires} and no longer applies: ${e.reason}` },
    descriptor: { id: "rampart/expired-exemption" },
  }));
  const unexpanded = unexpandedNotice(report.unexpandedComponents);
  if (unexpanded) {
    notifications.push({ level: "warning", message: { text: unexpanded }, descriptor: { id: "rampart/components-not-expanded" } });
  }
  for (const w of report.warnings ?? []) notifications.push({ level: "warning", message: { text: w }, descriptor: { id: "rampart/coverage" } });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rampart",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolConfigurationNotifications: notifications } : {}) }],
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href } },
        automationDetails: { id: `rampart/${report.input.project || "-"}/${report.input.stack || "-"}/` },
        results,
        properties: { input: report.input },
      },
    ],
  };
}

/** Renders the SARIF report. */
export function renderSarif(report: Report, root?: string): string {
  return JSON.stringify(toSarif(report, root), null, 2) + "\n";
}
