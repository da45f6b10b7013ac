import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:elasticache/replicationGroup:ReplicationGroup", { description: "cache" }, [
  ["encrypted at rest", "pass", { atRestEncryptionEnabled: true }],
  ["valkey encrypts by default", "pass", { engine: "valkey" }],
  ["redis default (unencrypted)", "violate", {}, 'defaults to false for engine "redis"'],
  ["explicitly off", "violate", { engine: "valkey", atRestEncryptionEnabled: false }, "atRestEncryptionEnabled is false"],
  ["flag unknown during preview", "unknown", { atRestEncryptionEnabled: unknown() }],
  ["engine unknown during preview", "unknown", { engine: unknown() }],
  {
    name: "serverless cache is always encrypted",
    expect: "not-applicable",
    resource: { type: "aws:elasticache/serverlessCache:ServerlessCache", props: { engine: "redis" } },
  },
]);
