import { msg, requireKnown } from "@rampart/policy-core";
import { vmPolicy, vmServiceAccount } from "../lib/compute";

/** VMs should run as a dedicated, least-privilege service account, not the Compute Engine default one. */
export default vmPolicy({
  name: "gcp-compute-disallow-default-service-account",
  description: "VM instances and instance templates should run as a dedicated service account, not the Compute Engine default service account.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Create a `gcp.serviceaccount.Account` for the workload, grant it only the roles it needs, and set `serviceAccount: { email: <that account\'s email>, scopes: ["cloud-platform"] }` on the instance or template.',
  url: "https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances",
  check: (props, kind, report) => {
    const sa = vmServiceAccount(props);
    if (sa === "unknown") requireKnown(props, "serviceAccount");
    if (sa === "default") {
      report(
        msg`serviceAccount.email is the Compute Engine default service account (or not set, which the provider takes as the default one), which has the Editor role on the project by default, so this ${kind} gets broad project access. Use a dedicated service account.`,
      );
    }
  },
});
