import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const LC = "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration";
const RULES = [{ id: "expire", status: "Enabled", expiration: { days: 30 } }];

export default fixtures([
  {
    name: "bucket with a lifecycle configuration linked by name",
    expect: "pass",
    resources: [
      { type: BUCKET, name: "logs", props: { bucket: "logs-1", id: "logs-1" } },
      { type: LC, name: "logs-lc", props: { bucket: "logs-1", rules: RULES } },
    ],
  },
  {
    name: "BucketV2 with a lifecycle configuration linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: BUCKET_V2, name: "logs", props: { bucket: unknown() } },
      { type: LC, name: "logs-lc", props: { bucket: unknown(), rules: RULES }, propertyDependencies: { bucket: ["logs"] } },
    ],
  },
  {
    name: "bucket with inline lifecycleRules",
    expect: "pass",
    resources: [{ type: BUCKET, name: "logs", props: { bucket: "logs-1", lifecycleRules: [{ enabled: true, expiration: { days: 30 } }] } }],
  },
  {
    name: "bucket without lifecycle rules",
    expect: "violate",
    target: "data",
    message: 'Bucket "data" has no lifecycle rules',
    resources: [{ type: BUCKET, name: "data", props: { bucket: "data-1" } }],
  },
  {
    name: "lifecycle configuration for another bucket",
    expect: "violate",
    target: "data",
    message: "has no lifecycle rules",
    resources: [
      { type: BUCKET, name: "data", props: { bucket: "data-1" } },
      { type: BUCKET, name: "logs", props: { bucket: "logs-1", id: "logs-1" } },
      { type: LC, name: "logs-lc", props: { bucket: "logs-1", rules: RULES } },
    ],
  },
  {
    name: "lifecycle configuration whose bucket cannot be resolved",
    expect: "unknown",
    resources: [
      { type: BUCKET, name: "data", props: { bucket: "data-1" } },
      { type: LC, name: "lc", props: { bucket: unknown(), rules: RULES } },
    ],
  },
]);
