import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";
const S = "gcp:logging/projectSink:ProjectSink";

export default fixtures([
  {
    name: "log bucket with a locked retention policy",
    expect: "pass",
    resources: [
      { type: B, name: "audit-logs", props: { name: "acme-audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "31536000", isLocked: true } } },
      { type: S, name: "all-logs", props: { name: "all-logs", destination: "storage.googleapis.com/acme-audit-logs", uniqueWriterIdentity: true } },
    ],
  },
  {
    name: "a bucket no sink writes to",
    expect: "pass",
    resources: [
      { type: B, name: "assets", props: { name: "acme-assets", location: "EU" } },
      { type: S, name: "to-bq", props: { name: "to-bq", destination: "bigquery.googleapis.com/projects/p/datasets/logs" } },
    ],
  },
  {
    name: "log bucket without retention",
    expect: "violate",
    target: "audit-logs",
    message: 'Bucket "audit-logs" receives exported logs but has no retentionPolicy',
    resources: [
      { type: B, name: "audit-logs", props: { name: "acme-audit-logs", location: "EU" } },
      { type: S, name: "all-logs", props: { name: "all-logs", destination: "storage.googleapis.com/acme-audit-logs" } },
    ],
  },
  {
    name: "log bucket linked by dependency, retention unlocked",
    expect: "violate",
    target: "audit-logs",
    message: "retentionPolicy.isLocked is not true",
    resources: [
      { type: B, name: "audit-logs", props: { name: unknown(), location: "EU", retentionPolicy: { retentionPeriod: "31536000" } } },
      { type: S, name: "all-logs", props: { name: "all-logs", destination: unknown() }, propertyDependencies: { destination: ["audit-logs"] } },
    ],
  },
  {
    name: "sink destination unknown without a dependency",
    expect: "unknown",
    resources: [
      { type: B, name: "audit-logs", props: { name: "acme-audit-logs", location: "EU" } },
      { type: S, name: "all-logs", props: { name: "all-logs", destination: unknown() } },
    ],
  },
]);
