import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  { name: "enforced", expect: "pass", resource: { type: B, props: { location: "EU", uniformBucketLevelAccess: true, publicAccessPrevention: "enforced" } } },
  {
    name: "not set (inherited by default)",
    expect: "violate",
    message: 'publicAccessPrevention is not set (the provider\'s default is "inherited"',
    resource: { type: B, props: { location: "EU" } },
  },
  {
    name: "inherited explicitly",
    expect: "violate",
    message: 'publicAccessPrevention is "inherited"',
    resource: { type: B, props: { location: "EU", publicAccessPrevention: "inherited" } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: B, props: { location: "EU", publicAccessPrevention: unknown() } } },
  {
    name: "a bucket ACL is not a bucket",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketACL:BucketACL", props: { bucket: "b", predefinedAcl: "private" } },
  },
]);
