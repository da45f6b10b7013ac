import { awsPolicy } from "../policy";
import { checkCustomerManagedKey } from "../lib/kms";

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
  validateResource: ({ props }, report) =>
    checkCustomerManagedKey(
      props,
      {
        path: "kmsKeyId",
        service: "secretsmanager",
        notSet: "kmsKeyId is not set, so the secret is encrypted with the AWS managed key aws/secretsmanager. Set kmsKeyId to a customer managed KMS key.",
        awsManaged: "kmsKeyId is the AWS managed key alias/aws/secretsmanager. Use a customer managed KMS key.",
      },
      report,
    ),
});
