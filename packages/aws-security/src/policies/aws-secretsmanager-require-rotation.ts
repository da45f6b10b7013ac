import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const SECRET = "aws:secretsmanager/secret:Secret";
const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";

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
  resourceTypes: [SECRET, ROTATION],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [SECRET], companionTypes: [ROTATION], linkProperty: "secretId", targetKeys: ["arn", "id", "name"] });
    const enabled = (r: PolicyResource) => {
      const v = peek<boolean>(r.props, "rotationEnabled");
      return v.state === "known" ? (v.value === false ? "no" : "yes") : v.state === "absent" ? "yes" : "unknown";
    };
    for (const s of index.ofType(SECRET)) {
      const rotations = links.byTarget.get(s.urn) ?? [];
      const states = rotations.map(enabled);
      if (states.includes("yes")) continue;
      if (states.includes("unknown")) {
        report.unknown(msg`Secret "${s.name}": whether its rotation is enabled is not known yet.`, s.urn);
        continue;
      }
      if (!rotations.length && links.unresolved.length) {
        report.unknown(msg`Secret "${s.name}": a SecretRotation whose secretId is not known yet may belong to it.`, s.urn);
        continue;
      }
      report(
        rotations.length
          ? msg`Secret "${s.name}": its SecretRotation sets rotationEnabled to false. Enable rotation.`
          : msg`Secret "${s.name}" has no SecretRotation, so it is never rotated automatically. Add an aws.secretsmanager.SecretRotation.`,
        s.urn,
      );
    }
  },
});
