import { fixtures, unknown } from "@rampart/policy-testing";
import { bucket, bucketV2 } from "../lib/s3.fixtures-kit";

const VER = "aws:s3/bucketVersioning:BucketVersioning";
const VER_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";

export default fixtures([
  { name: "v7 bucket with inline versioning", expect: "pass", resources: [bucket({ versioning: { enabled: true } })] },
  { name: "BucketV2 with inline versionings[0]", expect: "pass", resources: [bucketV2({ versionings: [{ enabled: true }] })] },
  {
    name: "v7 bucket with companion BucketVersioning",
    expect: "pass",
    resources: [bucket({ bucket: "data-1" }), { type: VER, name: "v", props: { bucket: "data-1", versioningConfiguration: { status: "Enabled" } } }],
  },
  {
    name: "BucketV2 with companion BucketVersioningV2 linked by dependency",
    expect: "pass",
    resources: [
      bucketV2({ bucket: unknown() }),
      { type: VER_V2, name: "v", props: { bucket: unknown(), versioningConfiguration: { status: "Enabled" } }, propertyDependencies: { bucket: ["data"] } },
    ],
  },
  {
    name: "v7 bucket without versioning",
    expect: "violate",
    target: "data",
    message: "versioning.enabled is unset or false",
    resources: [bucket({ bucket: "data-1" })],
  },
  {
    name: "BucketV2 with versionings[0].enabled false",
    expect: "violate",
    target: "data",
    message: "versionings[0].enabled",
    resources: [bucketV2({ versionings: [{ enabled: false }] })],
  },
  {
    name: "companion suspended",
    expect: "violate",
    target: "data",
    message: 'versioning status "Suspended"',
    resources: [bucket({ bucket: "data-1" }), { type: VER, name: "v", props: { bucket: "data-1", versioningConfiguration: { status: "Suspended" } } }],
  },
  {
    name: "companion status unknown during preview",
    expect: "unknown",
    resources: [bucket({ bucket: "data-1" }), { type: VER_V2, name: "v", props: { bucket: "data-1", versioningConfiguration: { status: unknown() } } }],
  },
  { name: "inline versioning unknown during preview", expect: "unknown", resources: [bucketV2({ versionings: unknown() })] },
]);
