import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireCompanion } from "../lib/companions";

/**
 * Every Secrets Manager secret should rotate automatically: an
 * `aws:secretsmanager/secretRotation:SecretRotation` whose `secretId` names the secret (its ARN
 * or id, or its property dependency during preview) and whose `rotationEnabled` is not false
 * (secretsmanager/secretRotation.d.ts). Advisory: some secrets (third-party API keys) cannot
 * be rotated by a Lambda.
 */
export default awsPolicy({
  name: "aws-secretsmanager-require-rotation",
  description: "Secrets Manager secrets should have automatic rotation configured.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add an aws.secretsmanager.SecretRotation for the secret with `rotationLambdaArn` (or a managed rotation) and `rotationRules: { automaticallyAfterDays: 30 }` (or a schedule expression).",
  url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
  ...requireCompanion({
    target: "aws:secretsmanager/secret:Secret",
    companion: "aws:secretsmanager/secretRotation:SecretRotation",
    linkProperty: "secretId",
    targetKeys: ["arn", "id", "name"],
    state: (r) => {
      const v = peek<boolean>(r.props, "rotationEnabled");
      return v.state === "known" ? (v.value === false ? "no" : "yes") : v.state === "absent" ? "yes" : "unknown";
    },
    stateUnknown: (s) => msg`Secret "${s.name}": whether its rotation is enabled is not known yet.`,
    unresolved: (s) => msg`Secret "${s.name}": a SecretRotation whose secretId is not known yet may belong to it.`,
    disabled: (s) => msg`Secret "${s.name}": its SecretRotation sets rotationEnabled to false. Enable rotation.`,
    missing: (s) => msg`Secret "${s.name}" has no SecretRotation, so it is never rotated automatically. Add an aws.secretsmanager.SecretRotation.`,
  }),
});
