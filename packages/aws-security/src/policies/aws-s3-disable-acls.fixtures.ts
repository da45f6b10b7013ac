import { fixtures, unknown } from "@rampart/policy-testing";

const OC = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";

export default fixtures([
  {
    name: "ownership controls BucketOwnerEnforced",
    expect: "pass",
    resource: { type: OC, props: { bucket: "b", rule: { objectOwnership: "BucketOwnerEnforced" } } },
  },
  { name: "v7 bucket with private acl", expect: "pass", resource: { type: "aws:s3/bucket:Bucket", props: { acl: "private" } } },
  { name: "BucketV2 without acl", expect: "pass", resource: { type: "aws:s3/bucketV2:BucketV2", props: { bucket: "b" } } },
  {
    name: "ownership controls ObjectWriter",
    expect: "violate",
    message: 'rule.objectOwnership is "ObjectWriter"',
    resource: { type: OC, props: { bucket: "b", rule: { objectOwnership: "ObjectWriter" } } },
  },
  {
    name: "v7 bucket with log-delivery-write acl",
    expect: "violate",
    message: 'acl is "log-delivery-write"',
    resource: { type: "aws:s3/bucket:Bucket", props: { acl: "log-delivery-write" } },
  },
  {
    name: "BucketV2 with a grant to another canonical user",
    expect: "violate",
    message: "grants lists 1 ACL grants",
    resource: { type: "aws:s3/bucketV2:BucketV2", props: { grants: [{ type: "CanonicalUser", id: "abc", permissions: ["READ"] }] } },
  },
  {
    name: "BucketAclV2 granting a second account",
    expect: "violate",
    message: "accessControlPolicy.grants lists 2",
    resource: {
      type: "aws:s3/bucketAclV2:BucketAclV2",
      props: {
        bucket: "b",
        accessControlPolicy: {
          owner: { id: "owner" },
          grants: [
            { grantee: { type: "CanonicalUser", id: "owner" }, permission: "FULL_CONTROL" },
            { grantee: { type: "CanonicalUser", id: "other" }, permission: "READ" },
          ],
        },
      },
    },
  },
  { name: "object ownership unknown during preview", expect: "unknown", resource: { type: OC, props: { bucket: "b", rule: { objectOwnership: unknown() } } } },
  { name: "an object is not a bucket", expect: "not-applicable", resource: { type: "aws:s3/bucketObjectv2:BucketObjectv2", props: { acl: "public-read" } } },
]);
