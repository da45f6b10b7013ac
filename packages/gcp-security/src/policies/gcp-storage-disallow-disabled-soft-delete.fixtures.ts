import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  { name: "default soft delete", expect: "pass", resource: { type: B, props: { location: "EU" } } },
  { name: "30 days", expect: "pass", resource: { type: B, props: { location: "EU", softDeletePolicy: { retentionDurationSeconds: 2592000 } } } },
  {
    name: "disabled",
    expect: "violate",
    message: "softDeletePolicy.retentionDurationSeconds is 0",
    resource: { type: B, props: { location: "EU", softDeletePolicy: { retentionDurationSeconds: 0 } } },
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: B, props: { location: "EU", softDeletePolicy: { retentionDurationSeconds: unknown() } } },
  },
  {
    name: "an HMAC key is not a bucket",
    expect: "not-applicable",
    resource: { type: "gcp:storage/hmacKey:HmacKey", props: { serviceAccountEmail: "a@b.iam.gserviceaccount.com" } },
  },
]);
