import { fixtures, unknown } from "@rampart/policy-testing";

const OBJ = "aws:s3/bucketObject:BucketObject";
const OBJ_V2 = "aws:s3/bucketObjectv2:BucketObjectv2";

export default fixtures([
  { name: "object without acl", expect: "pass", resource: { type: OBJ_V2, props: { bucket: "b", key: "index.html" } } },
  { name: "object with private acl", expect: "pass", resource: { type: OBJ, props: { bucket: "b", key: "a", acl: "private" } } },
  {
    name: "BucketObjectv2 public-read",
    expect: "violate",
    message: 'acl is "public-read"',
    resource: { type: OBJ_V2, props: { bucket: "b", key: "a", acl: "public-read" } },
  },
  {
    name: "BucketObject authenticated-read",
    expect: "violate",
    message: "any AWS account",
    resource: { type: OBJ, props: { bucket: "b", key: "a", acl: "authenticated-read" } },
  },
  { name: "acl unknown during preview", expect: "unknown", resource: { type: OBJ, props: { bucket: "b", key: "a", acl: unknown() } } },
  { name: "a bucket is another policy's", expect: "not-applicable", resource: { type: "aws:s3/bucket:Bucket", props: { acl: "public-read" } } },
]);
