import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * SNS topics should use server-side encryption with a KMS key (`kmsMasterKeyId`); without it
 * SNS stores messages with its own disk encryption only. Property: sns/topic.d.ts. With
 * `requireCustomerManagedKey`, the AWS managed key `alias/aws/sns` is not enough.
 */
export default awsPolicy({
  name: "aws-sns-require-topic-encryption",
  description: "SNS topics should be encrypted at rest with a KMS key (kmsMasterKeyId).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `kmsMasterKeyId` on the topic to a KMS key: `alias/aws/sns` or, for control over the key policy and cross-account use, a customer managed key.",
  url: "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
  resourceTypes: ["aws:sns/topic:Topic"],
  config: {
    requireCustomerManagedKey: {
      type: "boolean",
      description: "Also reject the AWS managed key alias/aws/sns.",
      default: false,
    },
  },
  validateResource: ({ props, config }, report) => {
    const kms = peek<string>(props, "kmsMasterKeyId");
    if (kms.state === "absent" || (kms.state === "known" && kms.value === "")) {
      report("kmsMasterKeyId is not set, so the topic has no KMS server-side encryption. Set kmsMasterKeyId (e.g. alias/aws/sns or a customer managed key).");
      return;
    }
    if (!config.requireCustomerManagedKey) return;
    if (kms.state === "unknown") requireKnown(props, "kmsMasterKeyId");
    if (kms.state === "known" && kms.value === "alias/aws/sns") {
      report('kmsMasterKeyId is the AWS managed key "alias/aws/sns". Use a customer managed KMS key.');
    }
  },
});
