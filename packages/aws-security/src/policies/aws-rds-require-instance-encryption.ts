import { awsRds } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireTrueUnless } from "../lib/flags";
import { encryptionExempt } from "../lib/rds";

/**
 * RDS DB instances must encrypt their storage. Aurora instances are skipped (the cluster's
 * storage is checked by aws-rds-require-cluster-encryption), as are read replicas and restores
 * from a snapshot, which take their encryption from the source.
 */
export default awsPolicy({
  name: "aws-rds-require-instance-encryption",
  description: "RDS DB instances must have storage encryption at rest enabled.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set storageEncrypted to true (optionally with kmsKeyId set to a customer managed KMS key). Encryption can only be chosen at creation: for an existing instance, restore an encrypted copy of a snapshot and switch over.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
  resourceTypes: [awsRds.INSTANCE_TYPE],
  validateResource: requireTrueUnless({
    path: "storageEncrypted",
    exempt: encryptionExempt,
    exemptPath: "engine",
    message: "storageEncrypted is not set to true, so the instance's storage, backups and snapshots are unencrypted. Set storageEncrypted to true.",
  }),
});
