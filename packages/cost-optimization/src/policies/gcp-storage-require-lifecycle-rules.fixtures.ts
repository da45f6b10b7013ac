import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  {
    name: "bucket with a delete rule",
    expect: "pass",
    resource: { type: B, props: { location: "EU", lifecycleRules: [{ action: { type: "Delete" }, condition: { age: 30 } }] } },
  },
  { name: "bucket with autoclass", expect: "pass", resource: { type: B, props: { location: "EU", autoclass: { enabled: true } } } },
  { name: "bucket without rules", expect: "violate", message: "lifecycleRules is empty", resource: { type: B, props: { location: "EU" } } },
  {
    name: "autoclass disabled",
    expect: "violate",
    message: "lifecycleRules is empty",
    resource: { type: B, props: { location: "EU", autoclass: { enabled: false }, lifecycleRules: [] } },
  },
  { name: "rules unknown", expect: "unknown", resource: { type: B, props: { location: "EU", lifecycleRules: unknown() } } },
]);
