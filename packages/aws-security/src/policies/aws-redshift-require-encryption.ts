import { peek } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * Redshift clusters must be encrypted at rest. In @pulumi/aws 7 `encrypted` is a string
 * ("true"/"false") and defaults to true (redshift/cluster.d.ts); booleans are accepted too. With
 * `requireCustomerManagedKey`, `kmsKeyId` must name a KMS key.
 */
export default awsPolicy({
  name: "aws-redshift-require-encryption",
  description: "Redshift clusters must be encrypted at rest.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove `encrypted: "false"` (encryption is the default) and, for control over the key, set `kmsKeyId` to a customer managed KMS key.',
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  config: {
    requireCustomerManagedKey: { type: "boolean", description: "Also require kmsKeyId (a customer managed KMS key).", default: false },
  },
  validateResource: ({ props, config }, report) => {
    const enc = peekForVerdict<string | boolean>(props, "encrypted");
    if (enc.state === "known" && String(enc.value).toLowerCase() === "false") {
      report('encrypted is "false", so the cluster and its snapshots are stored unencrypted. Remove it or set encrypted to "true".');
      return;
    }
    if (config.requireCustomerManagedKey && peek(props, "kmsKeyId").state === "absent") {
      report("kmsKeyId is not set, so the cluster is encrypted with an AWS managed key. Set kmsKeyId to a customer managed KMS key.");
    }
  },
});
