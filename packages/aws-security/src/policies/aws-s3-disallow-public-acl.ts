import { awsS3, peek, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const ACL_TYPES = [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_BUCKET_ACL_TYPES];
const PUBLIC_ACLS: readonly string[] = awsS3.PUBLIC_CANNED_ACLS;
const PUBLIC_URIS: readonly string[] = awsS3.PUBLIC_GRANTEE_URIS;

/** S3 buckets and bucket ACLs must not grant access to everyone or to any AWS account. */
export default awsPolicy({
  name: "aws-s3-disallow-public-acl",
  description: "S3 buckets must not grant public access through ACLs.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the public canned ACL (public-read, public-read-write, authenticated-read) and any grant to the AllUsers or AuthenticatedUsers groups; use `private` or, better, disable ACLs with BucketOwnershipControls `BucketOwnerEnforced` and grant access through IAM or bucket policies.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
  resourceTypes: ACL_TYPES,
  validateResource: ({ props }, report) => {
    const acl = peek<string>(props, "acl");
    let hits = 0;
    let undecided: (() => void) | undefined;
    if (acl.state === "unknown") undecided = () => requireKnown(props, "acl");
    if (acl.state === "known" && typeof acl.value === "string" && PUBLIC_ACLS.includes(acl.value)) {
      report(msg`acl is "${acl.value}", which grants access to ${acl.value === "authenticated-read" ? "any AWS account" : "everyone"}. Set acl to "private".`);
      hits++;
    }
    // Bucket `grants` (both shapes) and BucketAcl(V2) `accessControlPolicy.grants`. Report every
    // known public grant first; only when there is none can an unknown part decide.
    for (const path of ["grants", "accessControlPolicy.grants"]) {
      const list = peek<unknown>(props, path);
      if (list.state === "unknown") undecided ??= () => requireKnown(props, path);
      if (list.state !== "known" || !Array.isArray(list.value)) continue;
      for (let i = 0; i < list.value.length; i++) {
        const g = peek<unknown>(list.value, [i]);
        if (g.state === "unknown") {
          undecided ??= () => requireKnown(props, `${path}.${i}`);
          continue;
        }
        if (g.state !== "known") continue;
        const uri = peek<string>(g.value, "uri").state === "known" ? peek<string>(g.value, "uri") : peek<string>(g.value, "grantee.uri");
        if (uri.state === "unknown") undecided ??= () => requireKnown(g.value);
        if (uri.state === "known" && typeof uri.value === "string" && PUBLIC_URIS.includes(uri.value)) {
          const group = uri.value.endsWith("AllUsers") ? "AllUsers (everyone)" : "AuthenticatedUsers (any AWS account)";
          report(msg`${path}[${i}] grants access to the ${group} group. Remove the grant.`);
          hits++;
        }
      }
    }
    if (!hits && undecided) undecided();
  },
});
