import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:secretsmanager/secret:Secret", { name: "db" }, [
  ["customer managed key", "pass", { kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd" }],
  ["no key (AWS managed default)", "violate", {}, "kmsKeyId is not set"],
  ["AWS managed alias", "violate", { kmsKeyId: "alias/aws/secretsmanager" }, "AWS managed key alias/aws/secretsmanager"],
  ["key unknown during preview", "unknown", { kmsKeyId: unknown() }],
  { name: "secret version is not a secret", expect: "not-applicable", resource: { type: "aws:secretsmanager/secretVersion:SecretVersion", props: {} } },
  ["kmsKeyId of the wrong type does not throw", "pass", { kmsKeyId: ["alias/aws/secretsmanager"] }],
]);
