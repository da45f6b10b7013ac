import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ebs/encryptionByDefault:EncryptionByDefault";

export default fixtures([
  { name: "enabled", expect: "pass", resource: { type: T, props: { enabled: true } } },
  { name: "omitted (defaults to true)", expect: "pass", resource: { type: T, props: {} } },
  { name: "disabled", expect: "violate", message: "enabled is false", resource: { type: T, props: { enabled: false } } },
  { name: "unknown during preview", expect: "unknown", resource: { type: T, props: { enabled: unknown() } } },
  { name: "default KMS key is another resource", expect: "not-applicable", resource: { type: "aws:ebs/defaultKmsKey:DefaultKmsKey", props: {} } },
]);
