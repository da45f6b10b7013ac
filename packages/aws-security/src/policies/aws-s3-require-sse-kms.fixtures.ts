import { fixtures, unknown } from "@rampart/policy-testing";
import { bucket, bucketV2 } from "../lib/s3.fixtures-kit";

const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
const kmsRule = {
  applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" },
  bucketKeyEnabled: true,
};

export default fixtures([
  {
    name: "v7 bucket with inline KMS encryption",
    expect: "pass",
    resources: [
      {
        type: BUCKET,
        name: "data",
        props: { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } } } },
      },
    ],
  },
  {
    name: "BucketV2 with inline DSSE-KMS (array shape)",
    expect: "pass",
    resources: [
      {
        type: BUCKET_V2,
        name: "data",
        props: { serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms:dsse" }] }] }] },
      },
    ],
  },
  {
    name: "v7 bucket with companion SSE linked by name",
    expect: "pass",
    resources: [bucket({ bucket: "data-1" }), { type: SSE, name: "sse", props: { bucket: "data-1", rules: [kmsRule] } }],
  },
  {
    name: "BucketV2 with companion SSE V2 linked by dependency",
    expect: "pass",
    resources: [
      bucketV2({ bucket: unknown() }),
      { type: SSE_V2, name: "sse", props: { bucket: unknown(), rules: [kmsRule] }, propertyDependencies: { bucket: ["data"] } },
    ],
  },
  {
    name: "SSE-S3 accepted when configured",
    expect: "pass",
    config: { allowedAlgorithms: ["aws:kms", "AES256"] },
    resources: [
      {
        type: BUCKET,
        name: "data",
        props: { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } },
      },
    ],
  },
  {
    name: "v7 bucket without encryption config",
    expect: "violate",
    target: "data",
    message: "has no default encryption configuration",
    resources: [bucket({ bucket: "data-1" })],
  },
  {
    name: "BucketV2 with companion AES256",
    expect: "violate",
    target: "data",
    message: 'uses default encryption "AES256"',
    resources: [
      bucketV2({ bucket: "data-1" }),
      { type: SSE_V2, name: "sse", props: { bucket: "data-1", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] } },
    ],
  },
  {
    name: "companion algorithm unknown during preview",
    expect: "unknown",
    resources: [
      bucket({ bucket: "data-1" }),
      { type: SSE, name: "sse", props: { bucket: "data-1", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: unknown() } }] } },
    ],
  },
  { name: "inline config unknown during preview", expect: "unknown", resources: [bucketV2({ serverSideEncryptionConfigurations: unknown() })] },
]);
