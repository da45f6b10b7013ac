import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";
const S = "gcp:logging/projectSink:ProjectSink";
/** The log bucket "audit-logs" (bucket name acme-audit-logs) with more props (a retentionPolicy). */
const logBucket = (props: Record<string, unknown> = {}) => ({ type: B, name: "audit-logs", props: { name: "acme-audit-logs", location: "EU", ...props } });
/** The sink "all-logs" writing to `destination` (more props: uniqueWriterIdentity). */
const sink = (destination: unknown, props: Record<string, unknown> = {}) => ({ type: S, name: "all-logs", props: { name: "all-logs", destination, ...props } });

export default fixtures([
  {
    name: "log bucket with a locked retention policy",
    expect: "pass",
    resources: [
      logBucket({ retentionPolicy: { retentionPeriod: "31536000", isLocked: true } }),
      sink("storage.googleapis.com/acme-audit-logs", { uniqueWriterIdentity: true }),
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
    resources: [logBucket(), sink("storage.googleapis.com/acme-audit-logs")],
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
    resources: [logBucket(), sink(unknown())],
  },
]);
