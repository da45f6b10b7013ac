import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:dynamodb/table:Table";
const key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd";

export default fixtures([
  { name: "customer managed key", expect: "pass", resource: { type: T, props: { hashKey: "id", serverSideEncryption: { enabled: true, kmsKeyArn: key } } } },
  {
    name: "key ARN unknown during preview counts as set",
    expect: "pass",
    resource: { type: T, props: { hashKey: "id", serverSideEncryption: { enabled: true, kmsKeyArn: unknown() } } },
  },
  { name: "AWS owned key (default)", expect: "violate", message: "uses an AWS owned key", resource: { type: T, props: { hashKey: "id" } } },
  {
    name: "AWS managed key",
    expect: "violate",
    message: "uses the AWS managed key aws/dynamodb",
    resource: { type: T, props: { hashKey: "id", serverSideEncryption: { enabled: true } } },
  },
  { name: "enabled unknown", expect: "unknown", resource: { type: T, props: { hashKey: "id", serverSideEncryption: { enabled: unknown(), kmsKeyArn: key } } } },
]);
