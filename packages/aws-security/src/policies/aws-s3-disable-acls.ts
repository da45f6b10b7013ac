import { awsS3, peekItems, requireKnown, show, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

const OWNERSHIP = awsS3.S3_OWNERSHIP_CONTROLS_TYPES[0];
const ACL_RESOURCES: readonly string[] = awsS3.S3_BUCKET_ACL_TYPES;

/**
 * S3 buckets should not use ACLs (Object Ownership "BucketOwnerEnforced", the default for new
 * buckets since April 2023). Flags aws.s3.BucketOwnershipControls with another `objectOwnership`,
 * aws.s3.BucketAcl(V2) resources that grant through ACLs, and buckets (both shapes) with a
 * non-private `acl` or `grants`.
 */
export default awsPolicy({
  name: "aws-s3-disable-acls",
  description: "S3 buckets should disable ACLs (Object Ownership BucketOwnerEnforced) and grant access with policies.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set rule.objectOwnership to "BucketOwnerEnforced" on the aws.s3.BucketOwnershipControls (or remove it: new buckets default to it), remove `acl`/`grants` and BucketAcl resources, and grant access with IAM or bucket policies instead.',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
  resourceTypes: [...awsS3.S3_OWNERSHIP_CONTROLS_TYPES, ...awsS3.S3_BUCKET_ACL_TYPES, ...awsS3.S3_BUCKET_TYPES],
  validateResource: ({ type, props }, report) => {
    if (type === OWNERSHIP) {
      const o = peekForVerdict<string>(props, "rule.objectOwnership");
      if (o.state === "known" && o.value !== "BucketOwnerEnforced") {
        report(msg`rule.objectOwnership is ${show(o.value)}, which keeps ACLs in effect. Set it to "BucketOwnerEnforced".`);
      }
      return;
    }
    const acl = peekForVerdict<string>(props, "acl");
    if (acl.state === "known" && acl.value !== "private")
      report(msg`acl is ${show(acl.value)}: access is granted through an ACL. Remove acl and use bucket or IAM policies.`);
    const path = ACL_RESOURCES.includes(type) ? "accessControlPolicy.grants" : "grants";
    const grants = peekItems(props, path);
    if (grants.unknown) requireKnown(props, path);
    // A BucketAcl's grant list always includes the owner's FULL_CONTROL; only more grants are ACL use.
    const limit = ACL_RESOURCES.includes(type) ? 1 : 0;
    if (grants.known.length > limit) report(msg`${path} lists ${grants.known.length} ACL grants. Remove them and grant access with bucket or IAM policies.`);
  },
});
