import { fixtures, unknown } from "@rampart/policy-testing";
import { D, base } from "../fixture-data/cloudfront";

export default fixtures([
  {
    name: "logging to a bucket",
    expect: "pass",
    resource: { type: D, props: { ...base, loggingConfig: { bucket: "logs.s3.amazonaws.com", prefix: "cdn/" } } },
  },
  { name: "bucket unknown during preview is still logging", expect: "pass", resource: { type: D, props: { ...base, loggingConfig: { bucket: unknown() } } } },
  { name: "no logging", expect: "violate", message: "loggingConfig.bucket is not set", resource: { type: D, props: base } },
  { name: "logging config unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, loggingConfig: unknown() } } },
]);
