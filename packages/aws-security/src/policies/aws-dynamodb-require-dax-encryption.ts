import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/**
 * DynamoDB Accelerator (DAX) clusters must encrypt data at rest (`serverSideEncryption.enabled`;
 * off by default, and it can only be chosen when the cluster is created).
 */
export default awsPolicy({
  name: "aws-dynamodb-require-dax-encryption",
  description: "DynamoDB Accelerator (DAX) clusters must be encrypted at rest.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: "Set serverSideEncryption: { enabled: true } on the DAX cluster (this replaces an existing cluster).",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
  resourceTypes: ["aws:dax/cluster:Cluster"],
  validateResource: requireTrue({
    path: "serverSideEncryption.enabled",
    message: "serverSideEncryption.enabled is not true, so the DAX cluster's cached data is unencrypted at rest. Set serverSideEncryption: { enabled: true }.",
  }),
});
