import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * ElastiCache replication groups must encrypt traffic in transit: `transitEncryptionEnabled`
 * true, and `transitEncryptionMode` (preferred | required) not "preferred", which still accepts
 * plaintext clients (elasticache/replicationGroup.d.ts). An unset flag on engine `valkey` is left
 * alone (AWS may default it on), on `redis` it means no TLS.
 */
export default awsPolicy({
  name: "aws-elasticache-require-encryption-in-transit",
  description: "ElastiCache replication groups must require TLS for connections (encryption in transit).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `transitEncryptionEnabled: true` and `transitEncryptionMode: "required"` (go through "preferred" first when changing an existing group), and connect clients with TLS.',
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  validateResource: ({ props }, report) => {
    const enc = peekForVerdict<boolean>(props, "transitEncryptionEnabled");
    if (enc.state === "known" && enc.value === false) {
      report("transitEncryptionEnabled is false, so clients connect without TLS. Set transitEncryptionEnabled to true.");
      return;
    }
    if (enc.state === "absent") {
      const engine = peekForVerdict<string>(props, "engine");
      if (engine.state === "known" && engine.value === "valkey") return;
      report("transitEncryptionEnabled is not set, so clients connect without TLS. Set transitEncryptionEnabled to true.");
      return;
    }
    const mode = peekForVerdict<string>(props, "transitEncryptionMode");
    if (mode.state === "known" && mode.value === "preferred") {
      report('transitEncryptionMode is "preferred", which still accepts unencrypted connections. Set it to "required" once clients use TLS.');
    }
  },
});
