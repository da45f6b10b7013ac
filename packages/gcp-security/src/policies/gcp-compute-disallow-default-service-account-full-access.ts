import { msg, peek, requireKnown } from "@rampart/policy-core";
import { isCloudPlatformScope, vmPolicy, vmServiceAccount } from "../lib/compute";

/** VMs must not combine the Compute Engine default service account with full access to all Cloud APIs. */
export default vmPolicy({
  name: "gcp-compute-disallow-default-service-account-full-access",
  description:
    "VM instances and instance templates must not use the Compute Engine default service account with the `cloud-platform` (full Cloud API access) scope.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Run the VM as a dedicated service account with only the roles it needs (then `cloud-platform` scope is fine), or, if it must keep the default account, replace `cloud-platform` with the narrow scopes it uses.",
  url: "https://cloud.google.com/compute/docs/access/service-accounts#default_scopes",
  check: (props, kind, report) => {
    const sa = vmServiceAccount(props);
    if (sa === "none" || sa === "custom") return;
    const scopes = peek<unknown>(props, "serviceAccount.scopes");
    if (scopes.state === "unknown" || sa === "unknown") {
      requireKnown(props, "serviceAccount");
      return;
    }
    if (scopes.state !== "known" || !Array.isArray(scopes.value)) return;
    const list: unknown[] = scopes.value;
    for (let i = 0; i < list.length; i++) {
      const s = peek<unknown>(list, [i]);
      if (s.state === "unknown") requireKnown(props, `serviceAccount.scopes.${i}`);
      if (s.state === "known" && isCloudPlatformScope(s.value)) {
        report(
          msg`serviceAccount.scopes.${i} is the cloud-platform scope and serviceAccount.email is the Compute Engine default service account (or not set), so code on this ${kind} gets the default account's Editor access to every Cloud API. Use a dedicated service account or narrow the scopes.`,
        );
        return;
      }
    }
  },
});
