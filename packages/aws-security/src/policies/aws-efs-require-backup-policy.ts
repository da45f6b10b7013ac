import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const FS = "aws:efs/fileSystem:FileSystem";
const BACKUP = "aws:efs/backupPolicy:BackupPolicy";

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
  resourceTypes: [FS, BACKUP],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [FS], companionTypes: [BACKUP], linkProperty: "fileSystemId", targetKeys: ["id", "arn"] });
    const status = (b: PolicyResource) => {
      const s = peek<string>(b.props, "backupPolicy.status");
      return s.state === "known" ? (s.value === "ENABLED" || s.value === "ENABLING" ? "yes" : "no") : s.state === "unknown" ? "unknown" : "no";
    };
    for (const fs of index.ofType(FS)) {
      const policies = links.byTarget.get(fs.urn) ?? [];
      const states = policies.map(status);
      if (states.includes("yes")) continue;
      if (states.includes("unknown")) {
        report.unknown(msg`File system "${fs.name}": the status of its BackupPolicy is not known yet.`, fs.urn);
        continue;
      }
      if (!policies.length && links.unresolved.length) {
        report.unknown(msg`File system "${fs.name}": a BackupPolicy whose fileSystemId is not known yet may belong to it.`, fs.urn);
        continue;
      }
      report(
        policies.length
          ? msg`File system "${fs.name}": its BackupPolicy status is not ENABLED. Set backupPolicy.status to "ENABLED".`
          : msg`File system "${fs.name}" has no BackupPolicy, so automatic backups are off. Add an aws.efs.BackupPolicy with status "ENABLED".`,
        fs.urn,
      );
    }
  },
});
