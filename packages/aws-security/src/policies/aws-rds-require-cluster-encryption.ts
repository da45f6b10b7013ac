import { awsRds, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * RDS DB clusters must encrypt their storage.
 *
 * - Aurora clusters created on or after February 18, 2026 are encrypted at rest by default with an
 *   AWS owned key (Aurora User Guide, "Encrypting Amazon Aurora resources"), so an omitted
 *   `storageEncrypted` passes; an explicit `false` is still reported.
 * - Multi-AZ DB clusters (`mysql`, `postgres` engines) need `storageEncrypted: true`; Aurora
 *   Serverless v1 (`engineMode: "serverless"`) is always encrypted.
 * - Restores (`snapshotIdentifier`) and cross-Region replicas (`replicationSourceIdentifier`) take
 *   their encryption from the source and are skipped.
 */
export default awsPolicy({
  name: "aws-rds-require-cluster-encryption",
  description: "RDS and Aurora DB clusters must have storage encryption at rest enabled.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set storageEncrypted to true on the cluster (optionally with kmsKeyId set to a customer managed KMS key). For an existing unencrypted cluster, restore an encrypted copy of a snapshot and switch over.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
  resourceTypes: [awsRds.CLUSTER_TYPE],
  validateResource: ({ props }, report) => {
    const enc = peek<unknown>(props, "storageEncrypted");
    // The provider also takes "true"/"false" strings; any other type is not a setting to judge.
    if (enc.state === "known" && (enc.value === true || enc.value === "true")) return;
    if (enc.state === "known" && enc.value !== false && enc.value !== "false") return;
    if (peek(props, "kmsKeyId").state !== "absent") return;
    if (peek(props, "snapshotIdentifier").state !== "absent" || peek(props, "replicationSourceIdentifier").state !== "absent") return;
    const mode = peek<unknown>(props, "engineMode");
    if (mode.state === "known" && mode.value === "serverless") return;
    if (enc.state === "unknown") requireKnown(props, "storageEncrypted");
    const engine = awsRds.engineOf(props);
    if (enc.state === "known") {
      // Serverless v1 is always encrypted: an engineMode not known yet may still turn out to be it.
      if (mode.state === "unknown") requireKnown(props, "engineMode");
      report(
        engine.state === "known" && awsRds.isAuroraEngine(engine.engine)
          ? "storageEncrypted is false: an Aurora cluster created before February 18, 2026 is then unencrypted (newer ones get an AWS owned key at most). Set storageEncrypted to true."
          : "storageEncrypted is false, so the cluster's storage, backups and snapshots are unencrypted. Set storageEncrypted to true.",
      );
      return;
    }
    // Omitted: Aurora encrypts new clusters by default; Multi-AZ DB clusters do not.
    if (engine.state === "unknown") requireKnown(props, "engine");
    if (engine.state === "known" && awsRds.isAuroraEngine(engine.engine)) return;
    if (mode.state === "unknown") requireKnown(props, "engineMode");
    report("storageEncrypted is not set, so this Multi-AZ DB cluster's storage is unencrypted. Set storageEncrypted to true.");
  },
});
