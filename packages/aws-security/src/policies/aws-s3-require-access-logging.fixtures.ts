import { fixtures, unknown } from "@rampart/policy-testing";
import { bucket, bucketV2 } from "../lib/s3.fixtures-kit";

const LOG = "aws:s3/bucketLogging:BucketLogging";
const LOG_V2 = "aws:s3/bucketLoggingV2:BucketLoggingV2";

export default fixtures([
  {
    name: "v7 bucket with inline logging",
    expect: "pass",
    resources: [bucket({ bucket: "data-1", logging: { targetBucket: "logs-1", targetPrefix: "data/" } })],
  },
  { name: "BucketV2 with inline loggings[0]", expect: "pass", resources: [bucketV2({ bucket: "data-1", loggings: [{ targetBucket: "logs-1" }] })] },
  {
    name: "v7 buckets with companion BucketLogging; the log bucket is exempt",
    expect: "pass",
    resources: [
      bucket({ bucket: "data-1" }),
      bucket({ bucket: "logs-1" }, "logs"),
      { type: LOG, name: "l", props: { bucket: "data-1", targetBucket: "logs-1", targetPrefix: "data/" } },
    ],
  },
  {
    name: "BucketV2 with BucketLoggingV2 linked by dependency",
    expect: "pass",
    resources: [
      bucketV2({ bucket: unknown() }),
      {
        type: LOG_V2,
        name: "l",
        props: { bucket: unknown(), targetBucket: "central-logs", targetPrefix: "data/" },
        propertyDependencies: { bucket: ["data"] },
      },
    ],
  },
  { name: "inline logging target unknown is still logging", expect: "pass", resources: [bucket({ logging: { targetBucket: unknown() } })] },
  { name: "v7 bucket without logging", expect: "violate", target: "data", message: "logging is unset", resources: [bucket({ bucket: "data-1" })] },
  { name: "BucketV2 without logging", expect: "violate", target: "data", message: "loggings is unset", resources: [bucketV2({ bucket: "data-1" })] },
  {
    name: "log bucket reported when the exemption is off",
    expect: "violate",
    target: "logs",
    config: { exemptLogTargets: false },
    resources: [bucket({ bucket: "data-1", logging: { targetBucket: "logs-1" } }), bucket({ bucket: "logs-1" }, "logs")],
  },
  {
    name: "bucket name unknown while a log target is unknown",
    expect: "unknown",
    resources: [bucket({ bucket: "data-1", logging: unknown() }), bucket({ bucket: "other-1", policy: unknown() }, "other")],
  },
]);
