import { peek } from "@rampart/policy-core";
import { apiKeyPolicy } from "../lib/apikeys";

/** API keys must name the APIs they may call (`restrictions.apiTargets`); without it a key works for every enabled API. */
export default apiKeyPolicy({
  name: "gcp-apikeys-require-api-restrictions",
  description: "API keys must be restricted to the APIs the application calls (`restrictions.apiTargets`).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Add `restrictions: { apiTargets: [{ service: "<api>.googleapis.com" }] }` listing only the APIs the application calls with this key.',
  url: "https://cloud.google.com/docs/authentication/api-keys#adding-api-restrictions",
  check: (props, report) => {
    const targets = peek<unknown>(props, "restrictions.apiTargets");
    if (targets.state === "unknown") return; // set: counts as set
    if (targets.state === "absent" || (Array.isArray(targets.value) && targets.value.length === 0)) {
      report("restrictions.apiTargets is not set, so the key can call every API enabled in the project. List the APIs it needs in restrictions.apiTargets.");
    }
  },
});
