import { fixtures, unknown } from "@rampart/policy-testing";
import { flagResource, requiredPropertyCases } from "../lib/property.fixtures-kit";

const B = "gcp:storage/bucket:Bucket";
const c = requiredPropertyCases({
  resource: flagResource(B, { location: "EU" }, "encryption.defaultKmsKeyName"),
  path: "encryption.defaultKmsKeyName",
  value: "projects/p/locations/europe/keyRings/r/cryptoKeys/gcs",
  names: { set: "bucket with a default KMS key", unknown: "key unknown during preview counts as set", absent: "Google-managed keys" },
});

export default fixtures([
  c.set,
  c.unknown,
  c.absent,
  { name: "encryption unknown during preview", expect: "unknown", resource: { type: B, props: { location: "EU", encryption: unknown() } } },
  {
    name: "an object is not a bucket",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketObject:BucketObject", props: { bucket: "b", name: "o" } },
  },
]);
