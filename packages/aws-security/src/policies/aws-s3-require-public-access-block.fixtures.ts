import { fixtures, unknown } from "@rampart/policy-testing";
import { bucket, bucketV2 } from "../lib/s3.fixtures-kit";

const PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

export default fixtures([
  {
    name: "v7 bucket with a full block linked by name",
    expect: "pass",
    resources: [bucket({ bucket: "data-123", id: "data-123" }), { type: PAB, name: "data-pab", props: { bucket: "data-123", ...ALL_ON } }],
  },
  {
    name: "BucketV2 with a full block linked by property dependency during preview",
    expect: "pass",
    resources: [
      bucketV2({ bucket: unknown() }),
      { type: PAB, name: "data-pab", props: { bucket: unknown(), ...ALL_ON }, propertyDependencies: { bucket: ["data"] } },
    ],
  },
  {
    name: "account-level block covers every bucket",
    expect: "pass",
    resources: [bucket({ bucket: "data-123" }), { type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", name: "account", props: { ...ALL_ON } }],
  },
  {
    name: "v7 bucket without any block: advisory, S3 blocks public access by default",
    expect: "advisory",
    message: 'Bucket "data" has no BucketPublicAccessBlock',
    resources: [bucket({ bucket: "data-123" })],
  },
  {
    name: "BucketV2 whose block leaves restrictPublicBuckets off",
    expect: "violate",
    target: "site",
    message: "leaves restrictPublicBuckets unset or false",
    resources: [
      bucketV2({ bucket: "site-1", id: "site-1" }, "site"),
      { type: PAB, name: "site-pab", props: { bucket: "site-1", blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true } },
    ],
  },
  {
    name: "a block for an unresolvable bucket keeps the verdict open",
    expect: "pass",
    resources: [bucket({ bucket: unknown() }), { type: PAB, name: "pab", props: { bucket: unknown(), ...ALL_ON } }],
  },
  {
    name: "block setting unknown during preview",
    expect: "unknown",
    resources: [
      bucket({ bucket: "data-123" }),
      {
        type: PAB,
        name: "pab",
        props: { bucket: "data-123", blockPublicAcls: unknown(), blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      },
    ],
  },
  {
    name: "bucket name unknown, block linked by dependency, settings unknown",
    expect: "unknown",
    resources: [
      bucket({ bucket: unknown() }),
      {
        type: PAB,
        name: "pab",
        props: { bucket: unknown(), blockPublicAcls: unknown(), blockPublicPolicy: unknown(), ignorePublicAcls: unknown(), restrictPublicBuckets: unknown() },
        propertyDependencies: { bucket: ["data"] },
      },
    ],
  },
]);
