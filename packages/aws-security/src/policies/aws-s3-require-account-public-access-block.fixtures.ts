import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

export default fixtures([
  { name: "all four on", expect: "pass", resource: { type: T, props: { ...ALL_ON } } },
  {
    name: "nothing set (all default to false)",
    expect: "violate",
    message: "blockPublicAcls, blockPublicPolicy, ignorePublicAcls, restrictPublicBuckets are unset or false",
    resource: { type: T, props: {} },
  },
  {
    name: "restrictPublicBuckets false",
    expect: "violate",
    message: "restrictPublicBuckets is unset or false",
    resource: { type: T, props: { ...ALL_ON, restrictPublicBuckets: false } },
  },
  { name: "one setting unknown during preview", expect: "unknown", resource: { type: T, props: { ...ALL_ON, blockPublicPolicy: unknown() } } },
  {
    name: "a bucket block is another policy's",
    expect: "not-applicable",
    resource: { type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", props: { bucket: "b" } },
  },
]);
