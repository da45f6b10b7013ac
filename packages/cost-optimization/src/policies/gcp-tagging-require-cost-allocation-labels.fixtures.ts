import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const B = "gcp:storage/bucket:Bucket";
const LABELS = { "cost-center": "cc-100", owner: "team-a" };

export default fixtures([
  { name: "instance with both labels", expect: "pass", resource: { type: I, props: { machineType: "e2-small", labels: LABELS } } },
  {
    name: "labels from the provider's defaultLabels",
    expect: "pass",
    resource: { type: B, props: { location: "EU" }, provider: { props: { defaultLabels: LABELS } } },
  },
  {
    name: "provider defaultLabels as JSON text",
    expect: "pass",
    resource: { type: B, props: { location: "EU" }, provider: { props: { defaultLabels: JSON.stringify(LABELS) } } },
  },
  {
    name: "bucket without labels",
    expect: "violate",
    message: 'labels lacks the required cost-allocation labels "cost-center", "owner"',
    resource: { type: B, props: { location: "EU" } },
  },
  {
    name: "value not allowed",
    expect: "violate",
    message: "labels.owner has a value outside allowedValues",
    config: { allowedValues: { owner: ["team-a"] } },
    resource: { type: B, props: { labels: { "cost-center": "cc-1", owner: "team-b" } } },
  },
  {
    name: "type without labels",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketIAMMember:BucketIAMMember", props: { bucket: "b", role: "roles/viewer", member: "user:a@example.com" } },
  },
  { name: "labels unknown", expect: "unknown", resource: { type: I, props: { labels: unknown() } } },
  { name: "provider defaults unknown", expect: "unknown", resource: { type: B, props: { location: "EU" }, provider: { props: { defaultLabels: unknown() } } } },
]);
