import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { checkCustomerManagedKey } from "../lib/kms";

/**
 * AWS Backup vaults should encrypt recovery points with a customer managed KMS key
 * (`kmsKeyArn` on `aws:backup/vault:Vault`, `encryptionKeyArn` on
 * `aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault`); without one AWS Backup uses the
 * AWS managed key aws/backup, whose key policy you cannot restrict.
 */
export default awsPolicy({
  name: "aws-backup-require-vault-customer-managed-key",
  description: "AWS Backup vaults should be encrypted with a customer managed KMS key.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `kmsKeyArn` on the vault (`encryptionKeyArn` on a logically air-gapped vault) to a customer managed KMS key whose key policy limits who can decrypt backups. The key can only be chosen when the vault is created.",
  url: "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
  resourceTypes: ["aws:backup/vault:Vault", "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault"],
  validateResource: ({ type, props }, report) => {
    const path = type === "aws:backup/vault:Vault" ? "kmsKeyArn" : "encryptionKeyArn";
    checkCustomerManagedKey(
      props,
      {
        path,
        service: "backup",
        notSet: msg`${path} is not set, so recovery points are encrypted with the AWS managed key aws/backup. Set ${path} to a customer managed KMS key.`,
        awsManaged: msg`${path} is the AWS managed key alias/aws/backup. Use a customer managed KMS key.`,
      },
      report,
    );
  },
});
