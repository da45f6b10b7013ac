import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default fixtures([
  {
    name: "TLS required",
    expect: "pass",
    resource: { type: RG, props: { description: "c", transitEncryptionEnabled: true, transitEncryptionMode: "required" } },
  },
  { name: "TLS on, mode not set", expect: "pass", resource: { type: RG, props: { description: "c", transitEncryptionEnabled: true } } },
  { name: "redis without TLS", expect: "violate", message: "transitEncryptionEnabled is not set", resource: { type: RG, props: { description: "c" } } },
  {
    name: "TLS explicitly off",
    expect: "violate",
    message: "transitEncryptionEnabled is false",
    resource: { type: RG, props: { description: "c", transitEncryptionEnabled: false } },
  },
  {
    name: "preferred mode",
    expect: "violate",
    message: 'transitEncryptionMode is "preferred"',
    resource: { type: RG, props: { description: "c", transitEncryptionEnabled: true, transitEncryptionMode: "preferred" } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: RG, props: { description: "c", transitEncryptionEnabled: unknown() } } },
  { name: "cache cluster is not a replication group", expect: "not-applicable", resource: { type: "aws:elasticache/cluster:Cluster", props: {} } },
]);
