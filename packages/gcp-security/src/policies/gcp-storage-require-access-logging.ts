import { msg, peek } from "@rampart/policy-core";
import { BUCKET } from "../lib/storage";
import { gcpPolicy } from "../policy";

/**
 * Buckets should write usage logs (`logging.logBucket`), an audit trail of object access besides
 * Data Access audit logs. A bucket that receives another bucket's usage logs (its `name` is their
 * `logging.logBucket`, or they depend on it there) needs none itself.
 */
export default gcpPolicy({
  name: "gcp-storage-require-access-logging",
  description: "Cloud Storage buckets should have usage logging to a log bucket (`logging.logBucket`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `logging: { logBucket: <a dedicated log bucket> }` (the log bucket itself needs none), or enable Data Access audit logs for Cloud Storage and exempt this policy.",
  url: "https://cloud.google.com/storage/docs/access-logs",
  resourceTypes: [BUCKET],
  validateStack: ({ index }, report) => {
    const buckets = index.ofType(BUCKET);
    const logTargets = new Set<string>();
    const logTargetUrns = new Set<string>();
    // A bucket whose log bucket is unknown during preview (and not linked by dependency) may log to any bucket.
    let someTargetUnknown = false;
    for (const b of buckets) {
      const lb = peek<unknown>(b.props, "logging.logBucket");
      if (lb.state === "known" && typeof lb.value === "string") logTargets.add(lb.value);
      const deps = b.propertyDependencies?.logging ?? [];
      for (const d of deps) logTargetUrns.add(d.urn);
      if (lb.state === "unknown" && !deps.length) someTargetUnknown = true;
    }
    for (const b of buckets) {
      const lb = peek<unknown>(b.props, "logging.logBucket");
      if (lb.state !== "absent") continue; // set (or unknown during preview: counts as set)
      if (logTargetUrns.has(b.urn)) continue;
      const name = peek<unknown>(b.props, "name");
      if (name.state === "known" && typeof name.value === "string" && logTargets.has(name.value)) continue;
      if (name.state === "unknown" && logTargets.size) {
        report.unknown(
          msg`Bucket "${b.name}" has no logging.logBucket and its name is unknown during preview, so it may be another bucket's log bucket.`,
          b.urn,
        );
        continue;
      }
      if (someTargetUnknown) {
        report.unknown(
          msg`Bucket "${b.name}" has no logging.logBucket and may be the log bucket of a bucket whose logBucket is unknown during preview.`,
          b.urn,
        );
        continue;
      }
      report(
        msg`Bucket "${b.name}": logging.logBucket is not set, so the bucket writes no usage logs (off by default). Set logging.logBucket to a dedicated log bucket.`,
        b.urn,
      );
    }
  },
});
