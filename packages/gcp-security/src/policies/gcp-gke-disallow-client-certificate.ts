import { peek, requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE clusters should not issue a client certificate
 * (`masterAuth.clientCertificateConfig.issueClientCertificate`, false when omitted): the
 * certificate is a long-lived credential that cannot be revoked. (Basic authentication was removed
 * from GKE and from the gcp 9 SDK.)
 */
export default gcpPolicy({
  name: "gcp-gke-disallow-client-certificate",
  description: "GKE clusters should not issue client certificates (masterAuth.clientCertificateConfig.issueClientCertificate false).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set masterAuth.clientCertificateConfig.issueClientCertificate to false (or remove masterAuth) and authenticate with IAM (gcloud credentials or Workload Identity Federation).",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const issue = peek<boolean>(props, "masterAuth.clientCertificateConfig.issueClientCertificate");
    if (issue.state === "unknown") return requireKnown(props, "masterAuth.clientCertificateConfig.issueClientCertificate");
    if (issue.state === "known" && issue.value === true) {
      report(
        "masterAuth.clientCertificateConfig.issueClientCertificate is true, so the cluster issues a long-lived client certificate that cannot be revoked. Set it to false and authenticate with IAM.",
      );
    }
  },
});
