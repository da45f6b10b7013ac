import { peek, requireKnown } from "@rampart/policy-core";
import { SQL_INSTANCE } from "../lib/sql-flags";
import { gcpPolicy } from "../policy";

/**
 * Cloud SQL primary instances must have automated backups (`settings.backupConfiguration.enabled:
 * true`; off when omitted). Read replicas (`masterInstanceName` set) cannot have their own
 * backups and are not checked.
 */
export default gcpPolicy({
  name: "gcp-sql-require-automated-backups",
  description: "Cloud SQL instances must have automated backups enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set settings.backupConfiguration.enabled to true (with a startTime and backupRetentionSettings as needed; add pointInTimeRecoveryEnabled or binaryLogEnabled for point-in-time recovery).",
  url: "https://cloud.google.com/sql/docs/mysql/backup-recovery/backups",
  resourceTypes: [SQL_INSTANCE],
  validateResource: ({ props }, report) => {
    const master = peek<string>(props, "masterInstanceName");
    if (master.state === "known" && master.value !== "") return; // a read replica
    const enabled = peek<boolean>(props, "settings.backupConfiguration.enabled");
    if (enabled.state === "unknown") return requireKnown(props, "settings.backupConfiguration.enabled");
    if (enabled.state === "known" && enabled.value === true) return;
    if (master.state === "unknown") return requireKnown(props, "masterInstanceName");
    report(
      `settings.backupConfiguration.enabled is ${enabled.state === "known" ? "false" : "not set (automated backups are off by default)"}, so the instance has no automated backups. Set settings.backupConfiguration.enabled to true.`,
    );
  },
});
