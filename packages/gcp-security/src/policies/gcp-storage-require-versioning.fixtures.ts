import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  { name: "versioned", expect: "pass", resource: { type: B, props: { location: "EU", versioning: { enabled: true } } } },
  {
    name: "no versioning block (off by default)",
    expect: "violate",
    message: "versioning.enabled is not set (the provider's default is false)",
    resource: { type: B, props: { location: "EU" } },
  },
  {
    name: "versioning suspended",
    expect: "violate",
    message: "versioning.enabled is false",
    resource: { type: B, props: { location: "EU", versioning: { enabled: false } } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: B, props: { location: "EU", versioning: { enabled: unknown() } } } },
  {
    name: "an object is not a bucket",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketObject:BucketObject", props: { bucket: "b", name: "o" } },
  },
]);
