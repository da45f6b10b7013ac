import { fixtures, unknown } from "@rampart/policy-testing";

const V = "aws:backup/vault:Vault";
const CMK = "arn:aws:kms:us-east-1:111122223333:key/1234abcd";

export default fixtures([
  { name: "vault with a CMK", expect: "pass", resource: { type: V, props: { name: "prod", kmsKeyArn: CMK } } },
  {
    name: "air-gapped vault with a CMK",
    expect: "pass",
    resource: {
      type: "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault",
      props: { name: "ag", minRetentionDays: 7, maxRetentionDays: 35, encryptionKeyArn: CMK },
    },
  },
  { name: "vault without a key", expect: "violate", message: "kmsKeyArn is not set", resource: { type: V, props: { name: "prod" } } },
  {
    name: "vault with the AWS managed alias",
    expect: "violate",
    message: "AWS managed key alias/aws/backup",
    resource: { type: V, props: { name: "prod", kmsKeyArn: "arn:aws:kms:us-east-1:111122223333:alias/aws/backup" } },
  },
  { name: "key unknown during preview", expect: "unknown", resource: { type: V, props: { name: "prod", kmsKeyArn: unknown() } } },
  { name: "plan is not a vault", expect: "not-applicable", resource: { type: "aws:backup/plan:Plan", props: {} } },
  { name: "kmsKeyArn of the wrong type does not throw", expect: "pass", resource: { type: V, props: { name: "prod", kmsKeyArn: 42 } } },
]);
