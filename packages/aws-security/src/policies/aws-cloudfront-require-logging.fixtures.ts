import { fixtures, unknown } from "@rampart/policy-testing";
import { distribution } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "logging to a bucket", expect: "pass", resource: distribution({ loggingConfig: { bucket: "logs.s3.amazonaws.com", prefix: "cdn/" } }) },
  { name: "bucket unknown during preview is still logging", expect: "pass", resource: distribution({ loggingConfig: { bucket: unknown() } }) },
  { name: "no logging", expect: "violate", message: "loggingConfig.bucket is not set", resource: distribution() },
  { name: "logging config unknown during preview", expect: "unknown", resource: distribution({ loggingConfig: unknown() }) },
]);
