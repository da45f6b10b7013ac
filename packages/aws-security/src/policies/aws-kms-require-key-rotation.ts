import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Symmetric encryption KMS keys must have automatic key rotation on (`enableKeyRotation`, off by
 * default). Asymmetric and HMAC keys (`customerMasterKeySpec` other than `SYMMETRIC_DEFAULT`) and
 * keys in a custom key store (`customKeyStoreId`) cannot rotate automatically and are not
 * applicable. Source: AWS KMS Developer Guide, "Rotate AWS KMS keys".
 */
export default awsPolicy({
  name: "aws-kms-require-key-rotation",
  description: "Symmetric customer managed KMS keys must have automatic key rotation enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set enableKeyRotation to true (optionally rotationPeriodInDays, 90-2560; default 365).",
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
  resourceTypes: ["aws:kms/key:Key"],
  validateResource: ({ props }, report) => {
    const rot = peek<unknown>(props, "enableKeyRotation");
    if (rot.state === "known" && rot.value === true) return;
    if (isSet(props, "customKeyStoreId")) return;
    const spec = peek<unknown>(props, "customerMasterKeySpec");
    if (spec.state === "known" && spec.value !== "SYMMETRIC_DEFAULT") return;
    if (rot.state === "unknown") requireKnown(props, "enableKeyRotation");
    if (spec.state === "unknown") requireKnown(props, "customerMasterKeySpec");
    report("enableKeyRotation is not set to true, so the key material of this symmetric key is never rotated. Set enableKeyRotation to true.");
  },
});
