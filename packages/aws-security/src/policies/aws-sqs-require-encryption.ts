import { peek } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * SQS queues must be encrypted at rest. Since October 2022 SQS encrypts new queues with
 * SQS-owned keys (SSE-SQS) unless told otherwise, and the provider leaves `sqsManagedSseEnabled`
 * to AWS when it is not set, so only a queue that turns SSE-SQS off (`false`) without a KMS key
 * (`kmsMasterKeyId`) is unencrypted. Property names: node_modules/@pulumi/aws/sqs/queue.d.ts.
 */
export default awsPolicy({
  name: "aws-sqs-require-encryption",
  description: "SQS queues must be encrypted at rest with SSE-SQS or SSE-KMS.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `sqsManagedSseEnabled: false` (SSE-SQS is the default for new queues) or set `kmsMasterKeyId` to a KMS key (e.g. `alias/aws/sqs` or a customer managed key) for SSE-KMS.",
  url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
  resourceTypes: ["aws:sqs/queue:Queue"],
  validateResource: ({ props }, report) => {
    const kms = peek<string>(props, "kmsMasterKeyId");
    if (kms.state === "unknown" || (kms.state === "known" && kms.value !== "")) return; // SSE-KMS
    const sse = peekForVerdict<boolean>(props, "sqsManagedSseEnabled");
    if (sse.state === "known" && sse.value === false) {
      report(
        "sqsManagedSseEnabled is false and no kmsMasterKeyId is set, so messages are stored unencrypted. Remove `sqsManagedSseEnabled: false` or set kmsMasterKeyId.",
      );
    }
  },
});
