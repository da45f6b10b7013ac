import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const KEY = "gcp:kms/cryptoKey:CryptoKey";
/** 90 days in seconds. */
const MAX_SECONDS = 90 * 24 * 60 * 60;

/** Seconds of a duration written as `<decimal>s` (`"7776000s"`), or undefined when it is not one. */
function seconds(d: unknown): number | undefined {
  if (typeof d !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d{1,9})?)s\s*$/.exec(d);
  return m ? Number(m[1]) : undefined;
}

/**
 * Symmetric Cloud KMS keys (`purpose` ENCRYPT_DECRYPT, the default) must rotate automatically at
 * least every 90 days (`rotationPeriod` ≤ "7776000s"); omitted, the key never rotates. Asymmetric,
 * MAC and import-only keys cannot rotate automatically and are not checked.
 */
export default gcpPolicy({
  name: "gcp-kms-require-key-rotation",
  description: "Symmetric Cloud KMS keys must rotate automatically at least every 90 days (rotationPeriod at most 7776000s).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set rotationPeriod to "7776000s" (90 days) or shorter on the gcp.kms.CryptoKey.',
  url: "https://cloud.google.com/kms/docs/key-rotation",
  resourceTypes: [KEY],
  validateResource: ({ props }, report) => {
    const purpose = peek<string>(props, "purpose");
    if (purpose.state === "known" && String(purpose.value).toUpperCase() !== "ENCRYPT_DECRYPT") return;
    const importOnly = peek<boolean>(props, "importOnly");
    if (importOnly.state === "known" && importOnly.value === true) return;
    const rp = peek<string>(props, "rotationPeriod");
    if (rp.state === "unknown") return requireKnown(props, "rotationPeriod");
    let problem: string | undefined;
    if (rp.state === "absent") problem = "rotationPeriod is not set, so the key is never rotated automatically.";
    else {
      const s = seconds(rp.value);
      if (s === undefined || s > MAX_SECONDS) problem = msg`rotationPeriod is ${show(rp.value)}, longer than 90 days (7776000s).`;
    }
    if (!problem) return;
    if (purpose.state === "unknown") return requireKnown(props, "purpose");
    if (importOnly.state === "unknown") return requireKnown(props, "importOnly");
    report(`${problem} Set rotationPeriod to "7776000s" or less.`);
  },
});
