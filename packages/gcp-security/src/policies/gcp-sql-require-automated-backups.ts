import { peek, requireKnown } from "@rampart/policy-core";
import { SQL_INSTANCE } from "../lib/sql-flags";
import { booleanVerdict } from "../lib/checks";
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
    const backups = booleanVerdict(props, {
      path: "settings.backupConfiguration.enabled",
      want: true,
      defaultValue: false,
      literal: true,
      unset: "automated backups are off by default",
      risk: "the instance has no automated backups",
      fix: "Set settings.backupConfiguration.enabled to true.",
    });
    if (backups.state !== "bad") return;
    if (master.state === "unknown") return requireKnown(props, "masterInstanceName");
    report(backups.message);
  },
});
