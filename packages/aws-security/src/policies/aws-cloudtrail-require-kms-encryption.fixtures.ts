import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:cloudtrail/trail:Trail", { s3BucketName: "logs" }, [
  ["KMS key set", "pass", { kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd" }],
  ["KMS key from another resource during preview", "pass", { kmsKeyId: unknown() }],
  ["stopped trail", "pass", { enableLogging: false }],
  ["no KMS key", "violate", {}, "kmsKeyId is not set"],
  ["no KMS key, logging on", "violate", { enableLogging: true }, "Set kmsKeyId to a customer managed KMS key"],
  ["no KMS key, logging state unknown", "unknown", { enableLogging: unknown() }],
]);
