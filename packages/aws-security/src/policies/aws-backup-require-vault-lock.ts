import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireCompanion } from "../lib/companions";

/**
 * AWS Backup vaults should have a vault lock (`aws:backup/vaultLockConfiguration:VaultLockConfiguration`,
 * linked through `backupVaultName` = the vault's `name`, or its property dependency) so recovery
 * points cannot be deleted early, even by an administrator or by ransomware with admin access.
 * Advisory: a lock in compliance mode cannot be removed.
 */
export default awsPolicy({
  name: "aws-backup-require-vault-lock",
  description: "AWS Backup vaults should be protected with a vault lock.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add an aws.backup.VaultLockConfiguration for the vault with `minRetentionDays` (and `maxRetentionDays`); add `changeableForDays` only when you are ready for compliance mode, which cannot be undone.",
  url: "https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html",
  ...requireCompanion({
    target: "aws:backup/vault:Vault",
    companion: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
    linkProperty: "backupVaultName",
    targetKeys: ["name", "id"],
    unresolved: (v) => msg`Vault "${v.name}": a VaultLockConfiguration whose backupVaultName is not known yet may belong to it.`,
    missing: (v) =>
      msg`Vault "${v.name}" has no VaultLockConfiguration, so its recovery points can be deleted before their retention ends. Add an aws.backup.VaultLockConfiguration.`,
  }),
});
