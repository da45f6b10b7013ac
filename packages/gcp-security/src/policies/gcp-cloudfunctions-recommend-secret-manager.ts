import { peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const V1 = "gcp:cloudfunctions/function:Function";
const V2 = "gcp:cloudfunctionsv2/function:Function";

/** Environment variable names that usually hold a secret. */
const SECRET_NAME = /(passw(or)?d|passwd|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key|client[_-]?secret)/i;

/**
 * Cloud Functions should take secrets from Secret Manager (`secretEnvironmentVariables`,
 * `secretVolumes`), not from plain `environmentVariables`, which anyone with the viewer role can
 * read. A heuristic on variable names (PASSWORD, SECRET, TOKEN, API_KEY, ...), so advisory; the
 * names and values are never echoed.
 */
export default gcpPolicy({
  name: "gcp-cloudfunctions-recommend-secret-manager",
  description: "Cloud Functions should read secrets from Secret Manager, not from plain environment variables.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Store the value in a gcp.secretmanager.Secret and reference it with secretEnvironmentVariables (1st gen) or serviceConfig.secretEnvironmentVariables (2nd gen) instead of environmentVariables; grant the function's service account roles/secretmanager.secretAccessor on the secret.",
  url: "https://cloud.google.com/functions/docs/configuring/secrets",
  resourceTypes: [V1, V2],
  validateResource: ({ type, props }, report) => {
    const paths =
      type === V2 ? ["serviceConfig.environmentVariables", "buildConfig.environmentVariables"] : ["environmentVariables", "buildEnvironmentVariables"];
    for (const path of paths) {
      const env = peek<Record<string, unknown>>(props, path);
      if (env.state === "unknown") return requireKnown(props, path);
      if (env.state !== "known" || typeof env.value !== "object") continue;
      const suspicious = Object.keys(env.value).filter((k) => SECRET_NAME.test(k));
      if (suspicious.length > 0) {
        report(
          `${path} has ${suspicious.length} variable(s) whose names suggest a secret (password, token, key, ...), stored in plain text in the function's configuration. Move them to Secret Manager and use secretEnvironmentVariables.`,
        );
      }
    }
  },
});
