import { show, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * ElastiCache replication groups must be encrypted at rest. `atRestEncryptionEnabled` defaults
 * to false for engine `redis` (the default engine) and true for `valkey`
 * (elasticache/replicationGroup.d.ts).
 */
export default awsPolicy({
  name: "aws-elasticache-require-encryption-at-rest",
  description: "ElastiCache replication groups must be encrypted at rest.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `atRestEncryptionEnabled: true` (optionally with `kmsKeyId` for a customer managed key). Encryption at rest can only be chosen when the replication group is created: create a new one and migrate.",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  validateResource: ({ props }, report) => {
    const enc = peekForVerdict<boolean>(props, "atRestEncryptionEnabled");
    if (enc.state === "known") {
      if (enc.value === false)
        report("atRestEncryptionEnabled is false, so cached data and backups are stored unencrypted. Set atRestEncryptionEnabled to true.");
      return;
    }
    const engine = peekForVerdict<string>(props, "engine");
    const name = engine.state === "known" ? engine.value : "redis";
    if (name !== "valkey") {
      report(msg`atRestEncryptionEnabled is not set and defaults to false for engine ${show(name)}. Set atRestEncryptionEnabled to true.`);
    }
  },
});
