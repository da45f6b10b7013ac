import { msg, peek } from "@rampart/policy-core";
import type { PolicyResource } from "@pulumi/policy";
import { BUCKET, sinkBucket } from "../lib/storage";
import { gcpPolicy } from "../policy";

const SINKS = [
  "gcp:logging/projectSink:ProjectSink",
  "gcp:logging/folderSink:FolderSink",
  "gcp:logging/organizationSink:OrganizationSink",
  "gcp:logging/billingAccountSink:BillingAccountSink",
];

/**
 * Buckets that log sinks export to (`destination: "storage.googleapis.com/<bucket>"`, linked by
 * the bucket's `name` or the sink's property dependency) must have a locked retention policy
 * (`retentionPolicy: { retentionPeriod, isLocked: true }`), so exported logs cannot be deleted or
 * shortened. Other buckets are not looked at.
 */
export default gcpPolicy({
  name: "gcp-storage-require-log-bucket-retention-lock",
  description: "Cloud Storage buckets that receive exported logs must have a retention policy locked with Bucket Lock.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `retentionPolicy: { retentionPeriod: "<seconds>", isLocked: true }` on the log bucket (locking is permanent: choose the period first, e.g. 31536000 for a year).',
  url: "https://cloud.google.com/storage/docs/bucket-lock",
  resourceTypes: [BUCKET, ...SINKS],
  validateStack: ({ index }, report) => {
    const buckets = index.ofType(BUCKET);
    if (!buckets.length) return;
    const byName = new Map<string, PolicyResource>();
    let someNameUnknown = false;
    for (const b of buckets) {
      const n = peek<unknown>(b.props, "name");
      if (n.state === "known" && typeof n.value === "string") byName.set(n.value, b);
      else if (n.state === "unknown") someNameUnknown = true;
    }
    const logBuckets = new Set<string>();
    const unresolved: string[] = [];
    for (const s of index.ofType(...SINKS)) {
      const deps = (s.propertyDependencies?.destination ?? []).filter((d) => d.type === BUCKET);
      if (deps.length) {
        for (const d of deps) logBuckets.add(d.urn);
        continue;
      }
      const dest = peek<unknown>(s.props, "destination");
      if (dest.state === "unknown") {
        unresolved.push(s.urn);
        continue;
      }
      const name = dest.state === "known" ? sinkBucket(dest.value) : undefined;
      if (name === undefined) continue;
      const b = byName.get(name);
      if (b) logBuckets.add(b.urn);
      else if (someNameUnknown) unresolved.push(s.urn);
    }
    for (const urn of logBuckets) {
      const b = index.get(urn);
      if (!b) continue;
      const period = peek<unknown>(b.props, "retentionPolicy.retentionPeriod");
      const locked = peek<unknown>(b.props, "retentionPolicy.isLocked");
      if (period.state === "unknown" || locked.state === "unknown") {
        report.unknown(msg`Bucket "${b.name}" receives exported logs; its retentionPolicy is unknown during preview.`, urn);
        continue;
      }
      if (period.state === "absent") {
        report(
          msg`Bucket "${b.name}" receives exported logs but has no retentionPolicy, so the logs can be deleted at any time. Set retentionPolicy with isLocked: true.`,
          urn,
        );
      } else if (!(locked.state === "known" && locked.value === true)) {
        report(
          msg`Bucket "${b.name}" receives exported logs but retentionPolicy.isLocked is not true (unlocked by default), so the retention policy can be shortened or removed. Lock it with isLocked: true.`,
          urn,
        );
      }
    }
    for (const urn of unresolved)
      report.unknown("A log sink whose destination is unknown during preview may export to a bucket of this stack without a locked retention policy.", urn);
  },
});
