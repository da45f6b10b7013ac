import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** True for the AWS managed Secrets Manager key, as an alias name or alias ARN. */
function isAwsManaged(key: unknown): boolean {
  return typeof key === "string" && (key === "alias/aws/secretsmanager" || key.endsWith(":alias/aws/secretsmanager"));
}

/**
 * Secrets Manager secrets should be encrypted with a customer managed KMS key (`kmsKeyId`;
 * without it Secrets Manager uses the AWS managed key aws/secretsmanager, which cannot be shared
 * across accounts and whose key policy you cannot change; secretsmanager/secret.d.ts).
 */
export default awsPolicy({
  name: "aws-secretsmanager-require-customer-managed-key",
  description: "Secrets Manager secrets should be encrypted with a customer managed KMS key.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `kmsKeyId` on the secret to a customer managed KMS key whose key policy limits who can decrypt it.",
  url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html",
  resourceTypes: ["aws:secretsmanager/secret:Secret"],
  validateResource: ({ props }, report) => {
    const key = peek<unknown>(props, "kmsKeyId");
    if (key.state === "unknown") requireKnown(props, "kmsKeyId");
    if (key.state === "absent" || (key.state === "known" && key.value === "")) {
      report("kmsKeyId is not set, so the secret is encrypted with the AWS managed key aws/secretsmanager. Set kmsKeyId to a customer managed KMS key.");
    } else if (key.state === "known" && isAwsManaged(key.value)) {
      report("kmsKeyId is the AWS managed key alias/aws/secretsmanager. Use a customer managed KMS key.");
    }
  },
});
