import { awsS3, peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * S3 buckets should have server access logging: inline `logging.targetBucket` (v7 Bucket) /
 * `loggings[0].targetBucket` (BucketV2), or an aws.s3.BucketLogging(V2) companion. Buckets that
 * receive other buckets' access logs are exempt by default (logging a log bucket into itself
 * loops, and into another bucket only moves the problem).
 */
export default awsPolicy({
  name: "aws-s3-require-access-logging",
  description: "S3 buckets should have server access logging enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Add an aws.s3.BucketLogging for the bucket with targetBucket set to a dedicated log bucket (and a targetPrefix per source bucket).",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html",
  resourceTypes: [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_LOGGING_TYPES],
  config: {
    exemptLogTargets: {
      type: "boolean",
      description: "Skip buckets that are the targetBucket of another bucket's access logging in the same stack.",
      default: true,
    },
  },
  validateStack: ({ index, config }, report) => {
    const { buckets, unresolved } = awsS3.bucketsWithCompanions(index, awsS3.S3_LOGGING_TYPES);
    // Names of buckets that receive access logs (inline settings or companions).
    const targets = new Set<string>();
    let targetUnknown = false;
    const addTarget = (v: ReturnType<typeof peek>) => {
      if (v.state === "known" && typeof v.value === "string") targets.add(v.value);
      else if (v.state === "unknown") targetUnknown = true;
    };
    for (const { bucket } of buckets) addTarget(awsS3.inlineLogging(bucket.type, bucket.props));
    for (const c of index.ofType(...awsS3.S3_LOGGING_TYPES)) addTarget(peek(c.props, "targetBucket"));
    for (const { bucket, companions } of buckets) {
      const inline = awsS3.inlineLogging(bucket.type, bucket.props);
      if (inline.state !== "absent" || companions.length) continue;
      if (config.exemptLogTargets) {
        const name = peek(bucket.props, "bucket");
        if (name.state === "known" && targets.has(String(name.value))) continue;
        if ((name.state !== "known" && targets.size) || targetUnknown) {
          report.unknown(
            msg`Bucket "${bucket.name}" has no access logging, but it may be a log target bucket (a bucket name or logging target is not known yet).`,
            bucket.urn,
          );
          continue;
        }
      }
      if (unresolved) continue;
      report(
        msg`Bucket "${bucket.name}" has no server access logging (${awsS3.inlinePath(bucket.type, "logging", "loggings")} is unset and no BucketLogging is linked). Add an aws.s3.BucketLogging with a targetBucket.`,
        bucket.urn,
      );
    }
  },
});
