import { isSet } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * DynamoDB tables should be encrypted with a customer managed KMS key. Every table is encrypted
 * at rest; without `serverSideEncryption` it uses an AWS owned key, with `enabled: true` and no
 * `kmsKeyArn` the AWS managed key `aws/dynamodb`. A customer managed key lets you control and
 * audit access to the key through its key policy and CloudTrail.
 */
export default awsPolicy({
  name: "aws-dynamodb-require-customer-managed-key",
  description: "DynamoDB tables should be encrypted with a customer managed KMS key.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set serverSideEncryption: { enabled: true, kmsKeyArn: <ARN of a customer managed KMS key> }.",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
  resourceTypes: ["aws:dynamodb/table:Table"],
  validateResource: ({ props }, report) => {
    const enabled = peekForVerdict<unknown>(props, "serverSideEncryption.enabled");
    if (enabled.state === "known" && enabled.value === true && isSet(props, "serverSideEncryption.kmsKeyArn")) return;
    report(
      enabled.state === "known" && enabled.value === true
        ? "serverSideEncryption.kmsKeyArn is not set, so the table uses the AWS managed key aws/dynamodb. Set kmsKeyArn to a customer managed KMS key."
        : "serverSideEncryption is not enabled, so the table uses an AWS owned key. Set serverSideEncryption: { enabled: true, kmsKeyArn: <customer managed key ARN> }.",
    );
  },
});
