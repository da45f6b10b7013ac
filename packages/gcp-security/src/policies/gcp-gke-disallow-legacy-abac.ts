import { clusterSettingPolicy } from "../lib/gke";

/** GKE clusters must not enable legacy ABAC (`enableLegacyAbac`, default false): it grants static permissions beyond RBAC and IAM. */
export default clusterSettingPolicy({
  name: "gcp-gke-disallow-legacy-abac",
  description: "GKE clusters must not enable the legacy ABAC authorizer (enableLegacyAbac false, the default).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enableLegacyAbac (it defaults to false) or set it to false, and grant access with Kubernetes RBAC and IAM.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled",
  setting: "enableLegacyAbac",
  problem: (abac) =>
    abac.state === "known" && abac.value === true
      ? "enableLegacyAbac is true, so the legacy ABAC authorizer grants identities static permissions beyond RBAC and IAM. Set enableLegacyAbac to false."
      : undefined,
});
