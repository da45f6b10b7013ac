import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE clusters should enforce Binary Authorization
 * (`binaryAuthorization.evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE"`, or the deprecated
 * `binaryAuthorization.enabled: true`), so only images the project's policy allows are deployed.
 * Omitted, it is off (`DISABLED`). Applies to Autopilot clusters too.
 */
export default gcpPolicy({
  name: "gcp-gke-require-binary-authorization",
  description: 'GKE clusters should enforce Binary Authorization (binaryAuthorization.evaluationMode "PROJECT_SINGLETON_POLICY_ENFORCE").',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set binaryAuthorization { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" } and define the project\'s Binary Authorization policy (gcp.binaryauthorization.Policy) with the attestors your images need.',
  url: "https://cloud.google.com/binary-authorization/docs/setting-up",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const mode = peek<string>(props, "binaryAuthorization.evaluationMode");
    if (mode.state === "known" && String(mode.value).toUpperCase() === "PROJECT_SINGLETON_POLICY_ENFORCE") return;
    const enabled = peek<boolean>(props, "binaryAuthorization.enabled");
    if (mode.state !== "known" && enabled.state === "known" && enabled.value === true) return;
    if (mode.state === "unknown") return requireKnown(props, "binaryAuthorization.evaluationMode");
    if (mode.state === "absent" && enabled.state === "unknown") return requireKnown(props, "binaryAuthorization.enabled");
    const where = mode.state === "known" ? msg`binaryAuthorization.evaluationMode is ${show(mode.value)}` : "binaryAuthorization is not set (off by default)";
    report(`${where}, so the cluster deploys any container image. Set binaryAuthorization.evaluationMode to "PROJECT_SINGLETON_POLICY_ENFORCE".`);
  },
});
