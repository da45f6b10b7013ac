import { fixtures, unknown } from "@rampart/policy-testing";
import { bucket, bucketV2 } from "../lib/s3.fixtures-kit";

const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const denyHttp = {
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export default fixtures([
  { name: "v7 bucket with inline TLS-only policy", expect: "pass", resources: [bucket({ bucket: "data", policy: doc(denyHttp) })] },
  {
    name: "BucketV2 with a companion BucketPolicy linked by name",
    expect: "pass",
    resources: [bucketV2({ bucket: "data-1", id: "data-1" }), { type: POLICY, name: "data-policy", props: { bucket: "data-1", policy: doc(denyHttp) } }],
  },
  {
    name: "v7 bucket with companion linked by dependency during preview",
    expect: "pass",
    resources: [
      bucket({ bucket: unknown() }),
      { type: POLICY, name: "data-policy", props: { bucket: unknown(), policy: doc(denyHttp) }, propertyDependencies: { bucket: ["data"] } },
    ],
  },
  {
    name: "policy for an unresolvable bucket keeps the verdict open",
    expect: "pass",
    resources: [bucket({ bucket: "data-1" }), { type: POLICY, name: "p", props: { bucket: unknown(), policy: doc(denyHttp) } }],
  },
  {
    name: "v7 bucket without any policy",
    expect: "violate",
    target: "data",
    message: 'Bucket "data" has no bucket policy statement',
    resources: [bucket({ bucket: "data-1" })],
  },
  {
    name: "BucketV2 whose companion policy only allows reads",
    expect: "violate",
    target: "data",
    message: "aws:SecureTransport=false",
    resources: [
      bucketV2({ bucket: "data-1" }),
      {
        type: POLICY,
        name: "p",
        props: {
          bucket: "data-1",
          policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "*" }),
        },
      },
    ],
  },
  {
    name: "deny on SecureTransport=true is the wrong way round",
    expect: "violate",
    target: "data",
    resources: [bucket({ bucket: "d", policy: doc({ ...denyHttp, Condition: { Bool: { "aws:SecureTransport": "true" } } }) })],
  },
  {
    name: "companion policy document unknown during preview",
    expect: "unknown",
    resources: [bucket({ bucket: "data-1" }), { type: POLICY, name: "p", props: { bucket: "data-1", policy: unknown() } }],
  },
  { name: "inline policy unknown during preview", expect: "unknown", resources: [bucketV2({ bucket: "d", policy: unknown() })] },
]);
