import { clusterSettingPolicy } from "../lib/gke";

/**
 * GKE clusters should not issue a client certificate
 * (`masterAuth.clientCertificateConfig.issueClientCertificate`, false when omitted): the
 * certificate is a long-lived credential that cannot be revoked. (Basic authentication was removed
 * from GKE and from the gcp 9 SDK.)
 */
export default clusterSettingPolicy({
  name: "gcp-gke-disallow-client-certificate",
  description: "GKE clusters should not issue client certificates (masterAuth.clientCertificateConfig.issueClientCertificate false).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set masterAuth.clientCertificateConfig.issueClientCertificate to false (or remove masterAuth) and authenticate with IAM (gcloud credentials or Workload Identity Federation).",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
  setting: "masterAuth.clientCertificateConfig.issueClientCertificate",
  problem: (issue) =>
    issue.state === "known" && issue.value === true
      ? "masterAuth.clientCertificateConfig.issueClientCertificate is true, so the cluster issues a long-lived client certificate that cannot be revoked. Set it to false and authenticate with IAM."
      : undefined,
});
