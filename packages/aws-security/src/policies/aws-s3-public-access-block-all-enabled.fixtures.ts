import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

export default fixtures([
  { name: "all four on", expect: "pass", resource: { type: T, props: { bucket: "data", ...ALL_ON } } },
  { name: "all four on, bucket name unknown", expect: "pass", resource: { type: T, props: { bucket: unknown(), ...ALL_ON } } },
  {
    name: "only ACL settings on",
    expect: "violate",
    message: "blockPublicPolicy, restrictPublicBuckets are unset or false",
    resource: { type: T, props: { bucket: "data", blockPublicAcls: true, ignorePublicAcls: true } },
  },
  {
    name: "ignorePublicAcls false",
    expect: "violate",
    message: "ignorePublicAcls is unset or false",
    resource: { type: T, props: { bucket: "data", ...ALL_ON, ignorePublicAcls: false } },
  },
  {
    name: "a setting unknown during preview",
    expect: "unknown",
    resource: { type: T, props: { bucket: "data", ...ALL_ON, restrictPublicBuckets: unknown() } },
  },
  {
    name: "account-level block is another policy's",
    expect: "not-applicable",
    resource: { type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", props: {} },
  },
]);
