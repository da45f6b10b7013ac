import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default fixtures([
  { name: "encrypted at rest", expect: "pass", resource: { type: RG, props: { description: "cache", atRestEncryptionEnabled: true } } },
  { name: "valkey encrypts by default", expect: "pass", resource: { type: RG, props: { description: "cache", engine: "valkey" } } },
  {
    name: "redis default (unencrypted)",
    expect: "violate",
    message: 'defaults to false for engine "redis"',
    resource: { type: RG, props: { description: "cache" } },
  },
  {
    name: "explicitly off",
    expect: "violate",
    message: "atRestEncryptionEnabled is false",
    resource: { type: RG, props: { description: "cache", engine: "valkey", atRestEncryptionEnabled: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: RG, props: { description: "cache", atRestEncryptionEnabled: unknown() } } },
  { name: "engine unknown during preview", expect: "unknown", resource: { type: RG, props: { description: "cache", engine: unknown() } } },
  {
    name: "serverless cache is always encrypted",
    expect: "not-applicable",
    resource: { type: "aws:elasticache/serverlessCache:ServerlessCache", props: { engine: "redis" } },
  },
]);
