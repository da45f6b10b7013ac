import { peek, requireKnown } from "@rampart/policy-core";
import { checkNoPublicGrant } from "../lib/iam-public";
import { gcpPolicy } from "../policy";

const V2_SERVICE = "gcp:cloudrunv2/service:Service";

/**
 * Cloud Run services should not be invokable by anyone: no IAM member, binding or policy
 * (`gcp:cloudrun/iam*`, `gcp:cloudrunv2/serviceIam*`) granting allUsers or allAuthenticatedUsers,
 * and no `invokerIamDisabled: true` on a v2 service (which skips the invoker check altogether).
 * Advisory: a public website or API is a legitimate use; set the policy to mandatory for
 * internal-only projects.
 */
export default gcpPolicy({
  name: "gcp-cloudrun-disallow-public-invoker",
  description: "Cloud Run services should not grant the invoker role to allUsers or allAuthenticatedUsers, nor disable the invoker IAM check.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Grant roles/run.invoker to specific service accounts or groups instead of allUsers or allAuthenticatedUsers, remove invokerIamDisabled, and put IAP or an authenticating load balancer in front of services that serve users.",
  url: "https://cloud.google.com/run/docs/securing/managing-access",
  resourceTypes: [
    "gcp:cloudrun/iamMember:IamMember",
    "gcp:cloudrun/iamBinding:IamBinding",
    "gcp:cloudrun/iamPolicy:IamPolicy",
    "gcp:cloudrunv2/serviceIamMember:ServiceIamMember",
    "gcp:cloudrunv2/serviceIamBinding:ServiceIamBinding",
    "gcp:cloudrunv2/serviceIamPolicy:ServiceIamPolicy",
    V2_SERVICE,
  ],
  validateResource: (resource, report) => {
    if (resource.type === V2_SERVICE) {
      const off = peek<boolean>(resource.props, "invokerIamDisabled");
      if (off.state === "unknown") return requireKnown(resource.props, "invokerIamDisabled");
      if (off.state === "known" && off.value === true) {
        report(
          "invokerIamDisabled is true, so anyone who can reach the service can invoke it without an IAM check. Remove it and grant roles/run.invoker to specific principals.",
        );
      }
      return;
    }
    checkNoPublicGrant("Cloud Run service", resource, report);
  },
});
