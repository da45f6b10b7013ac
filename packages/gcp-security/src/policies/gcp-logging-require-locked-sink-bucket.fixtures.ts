import { fixtures, unknown } from "@rampart/policy-testing";

const PS = "gcp:logging/projectSink:ProjectSink";
const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  {
    name: "sink to a locked bucket",
    expect: "pass",
    resources: [
      { type: B, name: "logs", props: { name: "audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "31536000", isLocked: true } } },
      { type: PS, name: "all", props: { destination: "storage.googleapis.com/audit-logs" } },
    ],
  },
  {
    name: "bucket linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: B, name: "logs", props: { name: unknown(), location: "EU", retentionPolicy: { retentionPeriod: "31536000", isLocked: true } } },
      { type: PS, name: "all", props: { destination: unknown() }, propertyDependencies: { destination: ["logs"] } },
    ],
  },
  {
    name: "sink to BigQuery is not checked",
    expect: "pass",
    resources: [{ type: PS, name: "bq", props: { destination: "bigquery.googleapis.com/projects/p/datasets/logs" } }],
  },
  {
    name: "bucket without a retention policy",
    expect: "violate",
    target: "logs",
    message: 'Bucket "logs" receives logs from sink "all" but its retention policy is not set',
    resources: [
      { type: B, name: "logs", props: { name: "audit-logs", location: "EU" } },
      { type: PS, name: "all", props: { destination: "storage.googleapis.com/audit-logs" } },
    ],
  },
  {
    name: "retention policy not locked",
    expect: "violate",
    target: "logs",
    message: "its retention policy is not locked",
    resources: [
      { type: B, name: "logs", props: { name: "audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "31536000" } } },
      { type: PS, name: "all", props: { destination: "storage.googleapis.com/audit-logs" } },
    ],
  },
  {
    name: "bucket in another stack",
    expect: "advisory",
    message: "outside this stack",
    resources: [{ type: PS, name: "all", props: { destination: "storage.googleapis.com/central-logs" } }],
  },
  {
    name: "isLocked unknown during preview",
    expect: "unknown",
    resources: [
      { type: B, name: "logs", props: { name: "audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "31536000", isLocked: unknown() } } },
      { type: PS, name: "all", props: { destination: "storage.googleapis.com/audit-logs" } },
    ],
  },
]);
