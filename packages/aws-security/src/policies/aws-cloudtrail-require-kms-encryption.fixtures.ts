import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:cloudtrail/trail:Trail";

export default fixtures([
  { name: "KMS key set", expect: "pass", resource: { type: T, props: { s3BucketName: "logs", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd" } } },
  { name: "KMS key from another resource during preview", expect: "pass", resource: { type: T, props: { s3BucketName: "logs", kmsKeyId: unknown() } } },
  { name: "stopped trail", expect: "pass", resource: { type: T, props: { s3BucketName: "logs", enableLogging: false } } },
  { name: "no KMS key", expect: "violate", message: "kmsKeyId is not set", resource: { type: T, props: { s3BucketName: "logs" } } },
  {
    name: "no KMS key, logging on",
    expect: "violate",
    message: "Set kmsKeyId to a customer managed KMS key",
    resource: { type: T, props: { s3BucketName: "logs", enableLogging: true } },
  },
  { name: "no KMS key, logging state unknown", expect: "unknown", resource: { type: T, props: { s3BucketName: "logs", enableLogging: unknown() } } },
]);
