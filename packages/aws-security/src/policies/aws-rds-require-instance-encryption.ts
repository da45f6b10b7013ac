import { awsRds, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const enc = peek<unknown>(props, "storageEncrypted");
    if (enc.state === "known" && enc.value === true) return;
    if (peek(props, "kmsKeyId").state !== "absent") return; // a KMS key implies encrypted storage
    if (awsRds.isReadReplica(props) || peek(props, "snapshotIdentifier").state !== "absent") return;
    const aurora = awsRds.instanceIsAurora(props);
    if (aurora === "yes") return;
    if (enc.state === "unknown") requireKnown(props, "storageEncrypted");
    if (aurora === "unknown") requireKnown(props, "engine");
    report("storageEncrypted is not set to true, so the instance's storage, backups and snapshots are unencrypted. Set storageEncrypted to true.");
  },
});
