import { msg, show } from "@rampart/policy-core";
import { isDefaultServiceAccount } from "../lib/compute";
import { grantsOrUnknown, HIERARCHY_IAM_TYPES, hierarchyLevel, rolePath, roleIn } from "../lib/iam";
import { gcpPolicy } from "../policy";

/**
 * The Google-created default service accounts (Compute Engine `<number>-compute@developer.gserviceaccount.com`,
 * App Engine `<project>@appspot.gserviceaccount.com`) must not be granted Editor or Owner: every VM
 * or App Engine app that runs as them would get it.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-default-service-account-editor",
  description: "The Compute Engine and App Engine default service accounts must not be granted the Editor or Owner role.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove the Editor/Owner grant from the default service account (enforce `constraints/iam.automaticIamGrantsForDefaultServiceAccounts` so new projects do not grant it), and run workloads as dedicated service accounts with narrow roles.",
  url: "https://cloud.google.com/iam/docs/service-account-types#default",
  resourceTypes: HIERARCHY_IAM_TYPES,
  validateResource: ({ type, props }, report) => {
    for (const g of grantsOrUnknown(type, props, { role: roleIn(["roles/editor", "roles/owner"]), member: isDefaultServiceAccount })) {
      report(
        msg`${rolePath(g)} ${show(g.role)} is granted to a default (Compute Engine or App Engine) service account (${g.path}) at ${hierarchyLevel(type)} level, so every workload running as it gets that access. Remove the grant and use dedicated service accounts.`,
      );
    }
  },
});
