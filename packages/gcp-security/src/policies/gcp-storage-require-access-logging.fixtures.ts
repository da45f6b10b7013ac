import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  { name: "bucket with usage logs", expect: "pass", resource: { type: B, props: { location: "EU", logging: { logBucket: "acme-access-logs" } } } },
  {
    name: "log bucket unknown during preview counts as set",
    expect: "pass",
    resource: { type: B, props: { location: "EU", logging: { logBucket: unknown() } } },
  },
  { name: "bucket without logs", expect: "violate", message: "logging.logBucket is not set", resource: { type: B, props: { location: "EU" } } },
  { name: "a folder is not a bucket", expect: "not-applicable", resource: { type: "gcp:storage/folder:Folder", props: { bucket: "b", name: "f/" } } },
]);
