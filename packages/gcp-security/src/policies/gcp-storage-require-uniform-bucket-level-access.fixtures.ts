import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  { name: "bucket with uniform bucket-level access", expect: "pass", resource: { type: B, props: { location: "EU", uniformBucketLevelAccess: true } } },
  {
    name: "bucket without the setting (the provider's default is false)",
    expect: "violate",
    message: "uniformBucketLevelAccess is not set",
    resource: { type: B, props: { location: "EU" } },
  },
  {
    name: "bucket with fine-grained ACLs",
    expect: "violate",
    message: "uniformBucketLevelAccess is false",
    resource: { type: B, props: { location: "EU", uniformBucketLevelAccess: false } },
  },
  { name: "setting unknown during preview", expect: "unknown", resource: { type: B, props: { location: "EU", uniformBucketLevelAccess: unknown() } } },
  {
    name: "a bucket object is not a bucket",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketObject:BucketObject", props: { bucket: "b", name: "o" } },
  },
]);
