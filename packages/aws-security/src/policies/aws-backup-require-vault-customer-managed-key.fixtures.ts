import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

const CMK = "arn:aws:kms:us-east-1:111122223333:key/1234abcd";

export default caseFixtures("aws:backup/vault:Vault", { name: "prod" }, [
  ["vault with a CMK", "pass", { kmsKeyArn: CMK }],
  {
    name: "air-gapped vault with a CMK",
    expect: "pass",
    resource: {
      type: "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault",
      props: { name: "ag", minRetentionDays: 7, maxRetentionDays: 35, encryptionKeyArn: CMK },
    },
  },
  ["vault without a key", "violate", {}, "kmsKeyArn is not set"],
  ["vault with the AWS managed alias", "violate", { kmsKeyArn: "arn:aws:kms:us-east-1:111122223333:alias/aws/backup" }, "AWS managed key alias/aws/backup"],
  ["key unknown during preview", "unknown", { kmsKeyArn: unknown() }],
  { name: "plan is not a vault", expect: "not-applicable", resource: { type: "aws:backup/plan:Plan", props: {} } },
  ["kmsKeyArn of the wrong type does not throw", "pass", { kmsKeyArn: 42 }],
]);
