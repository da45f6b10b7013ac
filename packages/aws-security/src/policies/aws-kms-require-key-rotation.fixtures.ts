import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:kms/key:Key", {}, [
  ["rotation on", "pass", { enableKeyRotation: true }],
  ["asymmetric signing key cannot rotate", "pass", { customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" }],
  ["HMAC key cannot rotate", "pass", { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" }],
  ["custom key store", "pass", { customKeyStoreId: "cks-1234" }],
  ["rotation omitted", "violate", { description: "data key" }, "enableKeyRotation is not set to true"],
  ["symmetric key with rotation off", "violate", { customerMasterKeySpec: "SYMMETRIC_DEFAULT", enableKeyRotation: false }, "Set enableKeyRotation to true"],
  ["rotation unknown", "unknown", { enableKeyRotation: unknown() }],
  ["key spec unknown", "unknown", { customerMasterKeySpec: unknown() }],
]);
