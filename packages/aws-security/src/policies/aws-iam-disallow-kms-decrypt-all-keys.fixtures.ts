import { fixtures, unknown } from "@rampart/policy-testing";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd";

export default fixtures([
  {
    name: "decrypt on one key",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: key }) } },
  },
  {
    name: "decrypt on all keys via S3 only",
    expect: "pass",
    resource: {
      type: "aws:iam/policy:Policy",
      props: {
        policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: "*", Condition: { StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } } }),
      },
    },
  },
  {
    name: "encrypt-only on all keys",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", Action: ["kms:Encrypt", "kms:GenerateDataKey"], Resource: "*" }) } },
  },
  {
    name: "managed policy decrypting every key",
    expect: "violate",
    message: 'allows kms:Decrypt or kms:ReEncryptFrom on Resource "*"',
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", Action: ["kms:Decrypt"], Resource: "*" }) } },
  },
  {
    name: "inline role policy with kms:*",
    expect: "violate",
    message: "policy Statement[0]",
    resource: { type: "aws:iam/rolePolicy:RolePolicy", props: { role: "r", policy: doc({ Effect: "Allow", Action: "kms:*", Resource: "*" }) } },
  },
  {
    name: "wildcard ReEncrypt*",
    expect: "violate",
    message: "every KMS key",
    resource: { type: "aws:iam/userPolicy:UserPolicy", props: { user: "u", policy: doc({ Effect: "Allow", Action: "kms:ReEncrypt*", Resource: "*" }) } },
  },
  { name: "document unknown", expect: "unknown", resource: { type: "aws:iam/policy:Policy", props: { policy: unknown() } } },
]);
