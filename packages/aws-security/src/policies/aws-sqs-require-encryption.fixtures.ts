import { fixtures, unknown } from "@rampart/policy-testing";

const Q = "aws:sqs/queue:Queue";

export default fixtures([
  { name: "queue with defaults (SSE-SQS by default)", expect: "pass", resource: { type: Q, props: { name: "jobs" } } },
  { name: "queue with SSE-SQS on", expect: "pass", resource: { type: Q, props: { sqsManagedSseEnabled: true } } },
  {
    name: "queue with a KMS key and SSE-SQS off",
    expect: "pass",
    resource: { type: Q, props: { sqsManagedSseEnabled: false, kmsMasterKeyId: "alias/aws/sqs" } },
  },
  {
    name: "KMS key unknown during preview counts as set",
    expect: "pass",
    resource: { type: Q, props: { sqsManagedSseEnabled: false, kmsMasterKeyId: unknown() } },
  },
  {
    name: "SSE-SQS turned off without a KMS key",
    expect: "violate",
    message: "sqsManagedSseEnabled is false and no kmsMasterKeyId",
    resource: { type: Q, props: { sqsManagedSseEnabled: false } },
  },
  { name: "SSE-SQS flag unknown during preview", expect: "unknown", resource: { type: Q, props: { sqsManagedSseEnabled: unknown() } } },
  {
    name: "queue policy is not a queue",
    expect: "not-applicable",
    resource: { type: "aws:sqs/queuePolicy:QueuePolicy", props: { queueUrl: "u", policy: "{}" } },
  },
]);
