import { awsS3, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

const PUBLIC_ACLS: readonly string[] = awsS3.PUBLIC_CANNED_ACLS;

/** S3 objects (aws.s3.BucketObject, aws.s3.BucketObjectv2) must not use a public canned ACL. */
export default awsPolicy({
  name: "aws-s3-disallow-public-object-acl",
  description: "S3 objects must not be made public with a canned ACL.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Remove `acl` from the object (or set "private"), disable ACLs with BucketOwnershipControls "BucketOwnerEnforced", and serve public content through CloudFront with origin access control.',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
  resourceTypes: awsS3.S3_OBJECT_TYPES,
  validateResource: ({ props }, report) => {
    const acl = peekForVerdict<string>(props, "acl");
    if (acl.state === "known" && PUBLIC_ACLS.includes(acl.value)) {
      report(
        msg`acl is "${acl.value}", which gives ${acl.value === "authenticated-read" ? "any AWS account" : "everyone"} access to the object. Remove acl or set it to "private".`,
      );
    }
  },
});
