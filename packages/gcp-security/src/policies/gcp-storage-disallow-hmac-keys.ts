import { peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** Cloud Storage HMAC keys are long-lived secrets for a service account; active ones should not be created by programs. */
export default gcpPolicy({
  name: "gcp-storage-disallow-hmac-keys",
  description: "Programs should not create active Cloud Storage HMAC keys (long-lived credentials whose secret lands in the stack's state).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Use the JSON or XML API with OAuth (attached service accounts, Workload Identity Federation) instead of HMAC keys; if an S3-compatible client needs one, rotate it and exempt this resource. Enforce `constraints/storage.disableServiceAccountHmacKeyCreation`.",
  url: "https://cloud.google.com/storage/docs/authentication/hmackeys",
  resourceTypes: ["gcp:storage/hmacKey:HmacKey"],
  validateResource: ({ props }, report) => {
    const state = peek<unknown>(props, "state");
    if (state.state === "unknown") {
      requireKnown(props, "state");
      return;
    }
    if (state.state === "known" && String(state.value).toUpperCase() === "INACTIVE") return;
    report(
      `state is ${state.state === "known" ? "ACTIVE" : "not set (the provider's default is ACTIVE)"}, so this HMAC key is a usable long-lived credential whose secret is stored in the stack's state. Remove it or set state to INACTIVE.`,
    );
  },
});
