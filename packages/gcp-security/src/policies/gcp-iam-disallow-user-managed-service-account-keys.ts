import { gcpPolicy } from "../policy";

/**
 * Service accounts should use only Google-managed keys: every `gcp.serviceaccount.Key` is a
 * user-managed key (created by the provider, or uploaded with `publicKeyData`), a long-lived
 * credential that the program also stores in its state (`privateKey`). The verdict depends on no
 * property value.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-user-managed-service-account-keys",
  description:
    "Service accounts should not have user-managed keys (`gcp.serviceaccount.Key`); workloads should use attached service accounts, Workload Identity or impersonation.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Delete the `gcp.serviceaccount.Key`; attach the service account to the workload (VM, Cloud Run, GKE Workload Identity), use Workload Identity Federation for workloads outside Google Cloud, or short-lived tokens through impersonation. Enforce `constraints/iam.disableServiceAccountKeyCreation`.",
  url: "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
  resourceTypes: ["gcp:serviceaccount/key:Key"],
  validateResource: (_args, report) => {
    report(
      "This gcp.serviceaccount.Key is a user-managed service account key, a long-lived credential whose private key also lands in the stack's state. Remove it and use attached service accounts, Workload Identity Federation or impersonation.",
    );
  },
});
