import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  {
    name: "bucket with usage logs, and its log bucket",
    expect: "pass",
    resources: [
      { type: B, name: "data", props: { name: "acme-data", location: "EU", logging: { logBucket: "acme-access-logs" } } },
      { type: B, name: "access-logs", props: { name: "acme-access-logs", location: "EU" } },
    ],
  },
  {
    name: "log bucket linked by dependency during preview",
    expect: "pass",
    resources: [
      { type: B, name: "data", props: { location: "EU", logging: { logBucket: unknown() } }, propertyDependencies: { logging: ["access-logs"] } },
      { type: B, name: "access-logs", props: { name: unknown(), location: "EU" } },
    ],
  },
  {
    name: "bucket without logs",
    expect: "violate",
    target: "data",
    message: 'Bucket "data": logging.logBucket is not set',
    resources: [{ type: B, name: "data", props: { name: "acme-data", location: "EU" } }],
  },
  {
    name: "a log bucket unknown during preview: the other bucket may be it",
    expect: "unknown",
    resources: [
      { type: B, name: "data", props: { location: "EU", logging: { logBucket: unknown() } } },
      { type: B, name: "other", props: { name: "acme-other", location: "EU" } },
    ],
  },
]);
