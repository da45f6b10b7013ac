import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:secretsmanager/secret:Secret";

export default fixtures([
  { name: "customer managed key", expect: "pass", resource: { type: S, props: { name: "db", kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd" } } },
  { name: "no key (AWS managed default)", expect: "violate", message: "kmsKeyId is not set", resource: { type: S, props: { name: "db" } } },
  {
    name: "AWS managed alias",
    expect: "violate",
    message: "AWS managed key alias/aws/secretsmanager",
    resource: { type: S, props: { name: "db", kmsKeyId: "alias/aws/secretsmanager" } },
  },
  { name: "key unknown during preview", expect: "unknown", resource: { type: S, props: { name: "db", kmsKeyId: unknown() } } },
  { name: "secret version is not a secret", expect: "not-applicable", resource: { type: "aws:secretsmanager/secretVersion:SecretVersion", props: {} } },
  { name: "kmsKeyId of the wrong type does not throw", expect: "pass", resource: { type: S, props: { name: "db", kmsKeyId: ["alias/aws/secretsmanager"] } } },
]);
