import { peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** API keys must name the APIs they may call (`restrictions.apiTargets`); without it a key works for every enabled API. */
export default gcpPolicy({
  name: "gcp-apikeys-require-api-restrictions",
  description: "API keys must be restricted to the APIs the application calls (`restrictions.apiTargets`).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Add `restrictions: { apiTargets: [{ service: "<api>.googleapis.com" }] }` listing only the APIs the application calls with this key.',
  url: "https://cloud.google.com/docs/authentication/api-keys#adding-api-restrictions",
  resourceTypes: ["gcp:projects/apiKey:ApiKey"],
  validateResource: ({ props }, report) => {
    const r = peek<unknown>(props, "restrictions");
    if (r.state === "unknown") {
      requireKnown(props, "restrictions");
      return;
    }
    const targets = peek<unknown>(props, "restrictions.apiTargets");
    if (targets.state === "unknown") return; // set: counts as set
    if (targets.state === "absent" || (Array.isArray(targets.value) && targets.value.length === 0)) {
      report("restrictions.apiTargets is not set, so the key can call every API enabled in the project. List the APIs it needs in restrictions.apiTargets.");
    }
  },
});
