import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:cloudtrail/trail:Trail";

export default fixtures([
  { name: "logging default", expect: "pass", resource: { type: T, props: { s3BucketName: "logs" } } },
  { name: "logging on", expect: "pass", resource: { type: T, props: { s3BucketName: "logs", enableLogging: true } } },
  { name: "logging off", expect: "violate", message: "enableLogging is false", resource: { type: T, props: { s3BucketName: "logs", enableLogging: false } } },
  { name: "logging unknown", expect: "unknown", resource: { type: T, props: { s3BucketName: "logs", enableLogging: unknown() } } },
]);
