import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:sns/topic:Topic";

export default fixtures([
  { name: "topic with the AWS managed key", expect: "pass", resource: { type: T, props: { kmsMasterKeyId: "alias/aws/sns" } } },
  { name: "topic with a KMS key unknown during preview", expect: "pass", resource: { type: T, props: { kmsMasterKeyId: unknown() } } },
  { name: "topic without a key", expect: "violate", message: "kmsMasterKeyId is not set", resource: { type: T, props: { name: "alerts" } } },
  { name: "topic with an empty key id", expect: "violate", message: "kmsMasterKeyId is not set", resource: { type: T, props: { kmsMasterKeyId: "" } } },
  {
    name: "customer managed key required, AWS managed key used",
    expect: "violate",
    config: { requireCustomerManagedKey: true },
    message: "AWS managed key",
    resource: { type: T, props: { kmsMasterKeyId: "alias/aws/sns" } },
  },
  {
    name: "customer managed key required, key unknown during preview",
    expect: "unknown",
    config: { requireCustomerManagedKey: true },
    resource: { type: T, props: { kmsMasterKeyId: unknown() } },
  },
  { name: "topic policy is not a topic", expect: "not-applicable", resource: { type: "aws:sns/topicPolicy:TopicPolicy", props: { arn: "a", policy: "{}" } } },
]);
