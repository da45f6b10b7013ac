import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:kinesis/stream:Stream";

export default fixtures([
  { name: "KMS encryption", expect: "pass", resource: { type: S, props: { shardCount: 1, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" } } },
  { name: "default (no encryption)", expect: "violate", message: "encryptionType is not set", resource: { type: S, props: { shardCount: 1 } } },
  { name: "explicitly NONE", expect: "violate", message: 'encryptionType is "NONE"', resource: { type: S, props: { shardCount: 1, encryptionType: "NONE" } } },
  { name: "type unknown during preview", expect: "unknown", resource: { type: S, props: { shardCount: 1, encryptionType: unknown() } } },
  { name: "stream consumer is not a stream", expect: "not-applicable", resource: { type: "aws:kinesis/streamConsumer:StreamConsumer", props: {} } },
]);
