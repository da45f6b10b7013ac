import { peek, requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/** GKE clusters must not enable legacy ABAC (`enableLegacyAbac`, default false): it grants static permissions beyond RBAC and IAM. */
export default gcpPolicy({
  name: "gcp-gke-disallow-legacy-abac",
  description: "GKE clusters must not enable the legacy ABAC authorizer (enableLegacyAbac false, the default).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enableLegacyAbac (it defaults to false) or set it to false, and grant access with Kubernetes RBAC and IAM.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const abac = peek<boolean>(props, "enableLegacyAbac");
    if (abac.state === "unknown") return requireKnown(props, "enableLegacyAbac");
    if (abac.state === "known" && abac.value === true) {
      report(
        "enableLegacyAbac is true, so the legacy ABAC authorizer grants identities static permissions beyond RBAC and IAM. Set enableLegacyAbac to false.",
      );
    }
  },
});
