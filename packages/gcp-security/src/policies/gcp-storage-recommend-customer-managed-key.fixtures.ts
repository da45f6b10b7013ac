import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  {
    name: "bucket with a default KMS key",
    expect: "pass",
    resource: { type: B, props: { location: "EU", encryption: { defaultKmsKeyName: "projects/p/locations/europe/keyRings/r/cryptoKeys/gcs" } } },
  },
  {
    name: "key unknown during preview counts as set",
    expect: "pass",
    resource: { type: B, props: { location: "EU", encryption: { defaultKmsKeyName: unknown() } } },
  },
  { name: "Google-managed keys", expect: "violate", message: "encryption.defaultKmsKeyName is not set", resource: { type: B, props: { location: "EU" } } },
  { name: "encryption unknown during preview", expect: "unknown", resource: { type: B, props: { location: "EU", encryption: unknown() } } },
  {
    name: "an object is not a bucket",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketObject:BucketObject", props: { bucket: "b", name: "o" } },
  },
]);
