import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:cloudtrail/trail:Trail";

export default fixtures([
  { name: "validation on", expect: "pass", resource: { type: T, props: { s3BucketName: "logs", enableLogFileValidation: true } } },
  {
    name: "validation omitted",
    expect: "violate",
    message: "enableLogFileValidation is not set to true",
    resource: { type: T, props: { s3BucketName: "logs" } },
  },
  {
    name: "validation off",
    expect: "violate",
    message: "Set enableLogFileValidation to true",
    resource: { type: T, props: { s3BucketName: "logs", enableLogFileValidation: false } },
  },
  { name: "validation unknown", expect: "unknown", resource: { type: T, props: { s3BucketName: "logs", enableLogFileValidation: unknown() } } },
]);
