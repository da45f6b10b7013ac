import type { PolicyResource } from "@pulumi/policy";
import { peek, peekItems } from "@rampart/policy-core";
import { ALERT_POLICY, GOVERNANCE_TYPES, isGovernanceStack, LOG_METRIC, normalizeFilter } from "../lib/logging";
import { gcpPolicy } from "../policy";

/** The changes CIS GCP v5.0.0 2.5-2.12 asks a log metric and an alert for, each told by a token of its filter. */
const CHANGES: readonly { what: string; cis: string; tokens: readonly string[] }[] = [
  { what: "project ownership changes", cis: "2.5", tokens: ["roles/owner", "projectownership"] },
  { what: "audit configuration changes", cis: "2.6", tokens: ["auditconfigdeltas"] },
  { what: "custom role changes", cis: "2.7", tokens: ['resource.type="iam_role"'] },
  { what: "VPC firewall rule changes", cis: "2.8", tokens: ['resource.type="gce_firewall_rule"'] },
  { what: "VPC route changes", cis: "2.9", tokens: ['resource.type="gce_route"'] },
  { what: "VPC network changes", cis: "2.10", tokens: ['resource.type="gce_network"'] },
  { what: "Cloud Storage IAM changes", cis: "2.11", tokens: ["storage.setiampermissions"] },
  { what: "Cloud SQL configuration changes", cis: "2.12", tokens: ["cloudsql.instances.update"] },
];

/** Text of a filter, `undefined` when absent, `"unknown"` when unknown during preview. */
function filterOf(obj: unknown, path: string): string | undefined | "unknown" {
  const f = peek<string>(obj, path);
  if (f.state === "unknown") return "unknown";
  return f.state === "known" ? normalizeFilter(String(f.value)) : undefined;
}

/**
 * Whether an alert policy watches a metric (by name in a threshold filter, or by property
 * dependency): `"unknown"` when it does not visibly, but a condition or threshold filter it has is
 * unknown during preview (it may, once known).
 */
function alertWatches(alert: PolicyResource, metric: PolicyResource, metricName: string | undefined): boolean | "unknown" {
  if ((alert.propertyDependencies?.conditions ?? []).some((d) => d.urn === metric.urn)) return true;
  if (!metricName) return false;
  const conds = peekItems<unknown>(alert.props, "conditions");
  let unknown = conds.unknown;
  for (const c of conds.known) {
    const f = filterOf(c, "conditionThreshold.filter");
    if (f === "unknown") unknown = true;
    else if (f !== undefined && f.includes(`logging.googleapis.com/user/${metricName.toLowerCase()}`)) return true;
  }
  return unknown ? "unknown" : false;
}

/**
 * A stack that sets up a project, folder or organization should have, for each change CIS GCP
 * v5.0.0 2.5-2.12 lists (ownership, audit config, custom roles, firewall rules, routes, networks,
 * Cloud Storage IAM, Cloud SQL configuration), a logs-based metric (`gcp:logging/metric:Metric`)
 * whose filter matches it and an alert policy (`gcp:monitoring/alertPolicy:AlertPolicy`) on that
 * metric, or a log-match alert (`conditionMatchedLog.filter`). One advisory listing the missing
 * ones. Filters are recognised by a characteristic token (e.g. `resource.type="gce_route"`).
 * A stack with log metrics or alert policies but none of the setup resources (an application's
 * own alerts) is checked only when one of its filters already watches a CIS change.
 */
export default gcpPolicy({
  name: "gcp-logging-recommend-change-alerts",
  description:
    "Log metrics and alert policies should exist for ownership, audit config, custom role, firewall, route, network, storage IAM and SQL configuration changes.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'For each missing change, add a gcp.logging.Metric with the CIS filter (e.g. resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR ...insert OR ...delete)) and a gcp.monitoring.AlertPolicy whose conditionThreshold.filter is metric.type="logging.googleapis.com/user/<metric name>", with notificationChannels.',
  url: "https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts",
  resourceTypes: [...GOVERNANCE_TYPES],
  validateStack: ({ index }, report) => {
    const governance = isGovernanceStack(index);
    const metrics = index.ofType(LOG_METRIC);
    const alerts = index.ofType(ALERT_POLICY);
    let unknown = false;
    const covered = new Set<string>();
    // A stack that is not a governance stack is checked only when it already watches one CIS
    // change (its other metrics and alerts are the application's own).
    let watchesCis = false;
    const matches = (filter: string) => CHANGES.some((c) => c.tokens.some((t) => filter.includes(t)));
    const cover = (filter: string) => CHANGES.forEach((c) => c.tokens.some((t) => filter.includes(t)) && covered.add(c.cis));
    // Log-match alerts carry the filter themselves.
    for (const a of alerts) {
      const conds = peekItems<unknown>(a.props, "conditions");
      if (conds.unknown) unknown = true;
      for (const c of conds.known) {
        const f = filterOf(c, "conditionMatchedLog.filter");
        if (f === "unknown") unknown = true;
        else if (f) {
          watchesCis ||= matches(f);
          cover(f);
        }
      }
    }
    for (const m of metrics) {
      const f = filterOf(m.props, "filter");
      if (f === "unknown") {
        unknown = true;
        continue;
      }
      if (!f) continue;
      watchesCis ||= matches(f);
      const name = peek<string>(m.props, "name");
      if (name.state === "unknown") unknown = true;
      const metricName = name.state === "known" ? String(name.value) : undefined;
      const watched = alerts.map((a) => alertWatches(a, m, metricName));
      if (watched.includes(true)) cover(f);
      else if (watched.includes("unknown")) unknown = true;
    }
    if (!governance && !watchesCis && !unknown) return;
    const missing = CHANGES.filter((c) => !covered.has(c.cis));
    if (missing.length === 0) return;
    const list = missing.map((c) => `${c.what} (CIS ${c.cis})`).join(", ");
    const message = `No log metric with an alert policy (or log-match alert) covers: ${list}. Add a gcp.logging.Metric with the CIS filter and a gcp.monitoring.AlertPolicy on it for each.`;
    if (unknown) report.unknown(`${message} (some filters or metric names are not known yet)`);
    else report(message);
  },
});
