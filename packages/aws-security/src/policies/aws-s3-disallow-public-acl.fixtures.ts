import { fixtures, unknown } from "@rampart/policy-testing";

export default fixtures([
  { name: "v7 bucket with private acl", expect: "pass", resource: { type: "aws:s3/bucket:Bucket", props: { acl: "private" } } },
  { name: "v7 bucket without acl", expect: "pass", resource: { type: "aws:s3/bucket:Bucket", props: { bucket: "logs" } } },
  {
    name: "v7 bucket with public-read acl",
    expect: "violate",
    message: 'acl is "public-read"',
    resource: { type: "aws:s3/bucket:Bucket", props: { acl: "public-read" } },
  },
  {
    name: "v6-shape BucketV2 with public-read-write acl",
    expect: "violate",
    message: 'acl is "public-read-write"',
    resource: { type: "aws:s3/bucketV2:BucketV2", props: { acl: "public-read-write" } },
  },
  {
    name: "BucketV2 with a grant to AllUsers",
    expect: "violate",
    message: "grants[0] grants access to the AllUsers",
    resource: {
      type: "aws:s3/bucketV2:BucketV2",
      props: { grants: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers", permissions: ["READ"] }] },
    },
  },
  {
    name: "BucketAclV2 granting AuthenticatedUsers",
    expect: "violate",
    message: "accessControlPolicy.grants[1] grants access to the AuthenticatedUsers",
    resource: {
      type: "aws:s3/bucketAclV2:BucketAclV2",
      props: {
        bucket: "site",
        accessControlPolicy: {
          owner: { id: "abc" },
          grants: [
            { grantee: { type: "CanonicalUser", id: "abc" }, permission: "FULL_CONTROL" },
            { grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" }, permission: "READ" },
          ],
        },
      },
    },
  },
  { name: "BucketAcl with private acl", expect: "pass", resource: { type: "aws:s3/bucketAcl:BucketAcl", props: { bucket: "b", acl: "private" } } },
  { name: "acl unknown during preview", expect: "unknown", resource: { type: "aws:s3/bucket:Bucket", props: { acl: unknown() } } },
  {
    name: "a known public grant is reported even when another grant is unknown",
    expect: "violate",
    message: "grants[1] grants access to the AllUsers",
    resource: {
      type: "aws:s3/bucketV2:BucketV2",
      props: { grants: [unknown(), { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers", permissions: ["READ"] }] },
    },
  },
  { name: "security group is not an S3 resource", expect: "not-applicable", resource: { type: "aws:ec2/securityGroup:SecurityGroup", props: {} } },
]);
