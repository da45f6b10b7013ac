import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:elasticache/replicationGroup:ReplicationGroup", { description: "c" }, [
  ["TLS required", "pass", { transitEncryptionEnabled: true, transitEncryptionMode: "required" }],
  ["TLS on, mode not set", "pass", { transitEncryptionEnabled: true }],
  ["redis without TLS", "violate", {}, "transitEncryptionEnabled is not set"],
  ["TLS explicitly off", "violate", { transitEncryptionEnabled: false }, "transitEncryptionEnabled is false"],
  ["preferred mode", "violate", { transitEncryptionEnabled: true, transitEncryptionMode: "preferred" }, 'transitEncryptionMode is "preferred"'],
  ["flag unknown during preview", "unknown", { transitEncryptionEnabled: unknown() }],
  { name: "cache cluster is not a replication group", expect: "not-applicable", resource: { type: "aws:elasticache/cluster:Cluster", props: {} } },
]);
