import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:cloudtrail/trail:Trail";

export default fixtures([
  { name: "multi-Region trail", expect: "pass", resources: [{ type: T, name: "main", props: { s3BucketName: "logs", isMultiRegionTrail: true } }] },
  {
    name: "single-Region data-event trail next to a multi-Region trail",
    expect: "pass",
    resources: [
      { type: T, name: "main", props: { s3BucketName: "logs", isMultiRegionTrail: true } },
      { type: T, name: "data", props: { s3BucketName: "logs" } },
    ],
  },
  {
    name: "only a single-Region trail",
    expect: "violate",
    target: "main",
    message: 'Trail "main" is single-Region',
    resources: [{ type: T, name: "main", props: { s3BucketName: "logs" } }],
  },
  {
    name: "isMultiRegionTrail unknown",
    expect: "unknown",
    resources: [{ type: T, name: "main", props: { s3BucketName: "logs", isMultiRegionTrail: unknown() } }],
  },
  {
    name: "one trail unknown, one single-Region",
    expect: "unknown",
    resources: [
      { type: T, name: "main", props: { s3BucketName: "logs", isMultiRegionTrail: unknown() } },
      { type: T, name: "data", props: { s3BucketName: "logs", isMultiRegionTrail: false } },
    ],
  },
]);
