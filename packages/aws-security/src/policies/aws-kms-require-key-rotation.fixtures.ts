import { fixtures, unknown } from "@rampart/policy-testing";

const K = "aws:kms/key:Key";

export default fixtures([
  { name: "rotation on", expect: "pass", resource: { type: K, props: { enableKeyRotation: true } } },
  {
    name: "asymmetric signing key cannot rotate",
    expect: "pass",
    resource: { type: K, props: { customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" } },
  },
  { name: "HMAC key cannot rotate", expect: "pass", resource: { type: K, props: { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" } } },
  { name: "custom key store", expect: "pass", resource: { type: K, props: { customKeyStoreId: "cks-1234" } } },
  { name: "rotation omitted", expect: "violate", message: "enableKeyRotation is not set to true", resource: { type: K, props: { description: "data key" } } },
  {
    name: "symmetric key with rotation off",
    expect: "violate",
    message: "Set enableKeyRotation to true",
    resource: { type: K, props: { customerMasterKeySpec: "SYMMETRIC_DEFAULT", enableKeyRotation: false } },
  },
  { name: "rotation unknown", expect: "unknown", resource: { type: K, props: { enableKeyRotation: unknown() } } },
  { name: "key spec unknown", expect: "unknown", resource: { type: K, props: { customerMasterKeySpec: unknown() } } },
]);
