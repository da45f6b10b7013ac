import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:eks/cluster:Cluster";
const base = { roleArn: "arn:aws:iam::111122223333:role/eks", vpcConfig: { subnetIds: ["s-1"] } };

export default fixtures([
  {
    name: "secrets encrypted with a KMS key",
    expect: "pass",
    resource: { type: C, props: { ...base, encryptionConfig: { resources: ["secrets"], provider: { keyArn: "arn:aws:kms:us-east-1:111122223333:key/k" } } } },
  },
  {
    name: "key ARN unknown during preview still passes",
    expect: "pass",
    resource: { type: C, props: { ...base, encryptionConfig: { resources: ["secrets"], provider: { keyArn: unknown() } } } },
  },
  { name: "no encryption config", expect: "violate", message: "encryptionConfig is not set", resource: { type: C, props: { ...base } } },
  {
    name: "encryption config without secrets",
    expect: "violate",
    message: 'does not include "secrets"',
    resource: { type: C, props: { ...base, encryptionConfig: { resources: [], provider: { keyArn: "arn:aws:kms:us-east-1:111122223333:key/k" } } } },
  },
  {
    name: "resources unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, encryptionConfig: { resources: unknown(), provider: { keyArn: "k" } } } },
  },
  { name: "add-on is not a cluster", expect: "not-applicable", resource: { type: "aws:eks/addon:Addon", props: {} } },
]);
