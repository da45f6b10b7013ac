import type { PolicyResource } from "@pulumi/policy";
import { peek, peekItems } from "@rampart/policy-core";
import { AUDIT_CONFIGS, governanceStackPolicy } from "../lib/logging";

const LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"] as const;

/** What an allServices audit config lacks: missing log types and whether it exempts members, or unknown. */
function audit(c: PolicyResource): { relevant: boolean | "unknown"; missing: string[]; exempts: boolean; unknown: boolean } {
  const svc = peek<string>(c.props, "service");
  const relevant = svc.state === "unknown" ? "unknown" : svc.state === "known" && svc.value === "allServices";
  const cfgs = peekItems<Record<string, unknown>>(c.props, "auditLogConfigs");
  let unknown = cfgs.unknown;
  const types = new Set<string>();
  let exempts = false;
  for (const cfg of cfgs.known) {
    const t = peek<string>(cfg, "logType");
    if (t.state === "unknown") unknown = true;
    else if (t.state === "known") types.add(String(t.value).toUpperCase());
    const ex = peekItems<unknown>(cfg, "exemptedMembers");
    if (ex.unknown) unknown = true;
    if (ex.known.length > 0) exempts = true;
  }
  return { relevant, missing: LOG_TYPES.filter((t) => !types.has(t)), exempts, unknown };
}

/**
 * A stack that sets up a project, folder or organization must enable Data Access audit logs for
 * all services: an IAM audit config (`gcp:projects/iAMAuditConfig:IAMAuditConfig`, or the folder /
 * organization `IamAuditConfig`) with `service: "allServices"` and `auditLogConfigs` for
 * ADMIN_READ, DATA_READ and DATA_WRITE, exempting no members. Stack policy (see lib/logging.ts);
 * a config at a parent folder or organization in another stack cannot be seen, so advisory.
 */
export default governanceStackPolicy(
  {
    name: "gcp-logging-require-data-access-audit-logs",
    description: "Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) must be enabled for allServices with no exempted members.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps:
      'Add a gcp.projects.IAMAuditConfig (or folder / organizations IamAuditConfig) with service "allServices" and auditLogConfigs [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }, { logType: "DATA_WRITE" }] and no exemptedMembers.',
    url: "https://cloud.google.com/logging/docs/audit/configure-data-access",
  },
  (index, report) => {
    const configs = index.ofType(...AUDIT_CONFIGS);
    const results = configs.map(audit);
    let unknown = false;
    for (let i = 0; i < configs.length; i++) {
      const r = results[i];
      if (r.relevant === "unknown" || (r.relevant && r.unknown)) unknown = true;
      if (r.relevant === true && !r.unknown && r.missing.length === 0 && !r.exempts) return; // a complete config
    }
    for (let i = 0; i < configs.length; i++) {
      const r = results[i];
      if (r.relevant !== true || r.unknown) continue;
      const problems = [
        ...(r.missing.length ? [`auditLogConfigs lacks ${r.missing.join(", ")}`] : []),
        ...(r.exempts ? ["exemptedMembers exempts identities from audit logging"] : []),
      ];
      report(`The allServices audit config: ${problems.join("; ")}. Log ADMIN_READ, DATA_READ and DATA_WRITE with no exemptedMembers.`, configs[i].urn);
      return;
    }
    if (unknown) {
      report.unknown("The service or auditLogConfigs of an IAM audit config is not known yet.");
      return;
    }
    report(
      'The stack sets up a project, folder or organization but no IAM audit config enables Data Access audit logs for "allServices". Add one with ADMIN_READ, DATA_READ and DATA_WRITE.',
      configs[0]?.urn,
    );
  },
);
