import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireCompanion } from "../lib/companions";

/**
 * EFS file systems should have automatic backups: an `aws:efs/backupPolicy:BackupPolicy` with
 * `backupPolicy.status` ENABLED (efs/backupPolicy.d.ts), linked through `fileSystemId` (the
 * file system's id, or its property dependency). Advisory: AWS Backup plans managed elsewhere
 * can cover the file system too.
 */
export default awsPolicy({
  name: "aws-efs-require-backup-policy",
  description: "EFS file systems should have automatic backups enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Add an aws.efs.BackupPolicy for the file system with `backupPolicy: { status: "ENABLED" }`, or include it in an AWS Backup plan.',
  url: "https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html",
  ...requireCompanion({
    target: "aws:efs/fileSystem:FileSystem",
    companion: "aws:efs/backupPolicy:BackupPolicy",
    linkProperty: "fileSystemId",
    targetKeys: ["id", "arn"],
    state: (b) => {
      const s = peek<string>(b.props, "backupPolicy.status");
      return s.state === "known" ? (s.value === "ENABLED" || s.value === "ENABLING" ? "yes" : "no") : s.state === "unknown" ? "unknown" : "no";
    },
    stateUnknown: (fs) => msg`File system "${fs.name}": the status of its BackupPolicy is not known yet.`,
    unresolved: (fs) => msg`File system "${fs.name}": a BackupPolicy whose fileSystemId is not known yet may belong to it.`,
    disabled: (fs) => msg`File system "${fs.name}": its BackupPolicy status is not ENABLED. Set backupPolicy.status to "ENABLED".`,
    missing: (fs) => msg`File system "${fs.name}" has no BackupPolicy, so automatic backups are off. Add an aws.efs.BackupPolicy with status "ENABLED".`,
  }),
});
