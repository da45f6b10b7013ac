import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * EKS clusters should envelope-encrypt Kubernetes secrets with a KMS key: `encryptionConfig`
 * with `resources` containing "secrets" and `provider.keyArn` (eks/cluster.d.ts, types/input.d.ts
 * `eks.ClusterEncryptionConfig`).
 */
export default awsPolicy({
  name: "aws-eks-require-secrets-encryption",
  description: "EKS clusters should encrypt Kubernetes secrets with a KMS key.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `encryptionConfig: { resources: ["secrets"], provider: { keyArn: <KMS key ARN> } }` on the cluster (a customer managed symmetric KMS key).',
  url: "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  validateResource: ({ props }, report) => {
    const cfg = peek(props, "encryptionConfig");
    if (cfg.state === "absent") {
      report(
        'encryptionConfig is not set, so Kubernetes secrets are not envelope-encrypted with your KMS key. Set encryptionConfig with resources ["secrets"] and provider.keyArn.',
      );
      return;
    }
    const res = peekItems<string>(props, "encryptionConfig.resources");
    if (res.known.includes("secrets")) return;
    if (res.unknown || cfg.state === "unknown") {
      requireKnown(props, "encryptionConfig");
      return;
    }
    report('encryptionConfig.resources does not include "secrets". Add "secrets" to encryptionConfig.resources.');
  },
});
