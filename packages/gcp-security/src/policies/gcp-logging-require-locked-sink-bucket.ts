import type { PolicyResource } from "@pulumi/policy";
import { msg, peek } from "@rampart/policy-core";
import { SINKS } from "../lib/logging";
import { gcpPolicy } from "../policy";

const BUCKET = "gcp:storage/bucket:Bucket";
const PREFIX = "storage.googleapis.com/";

/**
 * Cloud Storage buckets that log sinks export to (`destination` "storage.googleapis.com/<bucket>")
 * must have a retention policy locked with Bucket Lock (`retentionPolicy.isLocked: true`), so
 * exported logs cannot be deleted or overwritten. Stack policy: the bucket is found by the sink's
 * property dependency on `destination` or by its `name`; a bucket in another stack is noted
 * (advisory).
 */
export default gcpPolicy({
  name: "gcp-logging-require-locked-sink-bucket",
  description: "Cloud Storage buckets used as log sink destinations must have a locked retention policy (Bucket Lock).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set retentionPolicy { retentionPeriod: <seconds>, isLocked: true } on the sink's destination bucket (locking cannot be undone: test the period first).",
  url: "https://cloud.google.com/storage/docs/bucket-lock",
  resourceTypes: [...SINKS, BUCKET],
  validateStack: ({ index }, report) => {
    const buckets = index.ofType(BUCKET);
    const byName = new Map<string, PolicyResource>();
    let someNameUnknown = false;
    for (const b of buckets) {
      const n = peek<string>(b.props, "name");
      if (n.state === "known") byName.set(String(n.value), b);
      else if (n.state === "unknown") someNameUnknown = true;
    }
    const bucketUrns = new Set(buckets.map((b) => b.urn));
    for (const sink of index.ofType(...SINKS)) {
      let targets = (sink.propertyDependencies?.destination ?? []).filter((d) => bucketUrns.has(d.urn)).map((d) => index.get(d.urn)!);
      if (targets.length === 0) {
        const dest = peek<string>(sink.props, "destination");
        if (dest.state === "unknown") {
          if (buckets.length > 0) report.unknown(msg`Sink "${sink.name}": its destination is not known yet.`, sink.urn);
          continue;
        }
        if (dest.state !== "known" || !String(dest.value).startsWith(PREFIX)) continue; // not a Cloud Storage destination
        const b = byName.get(String(dest.value).slice(PREFIX.length));
        if (!b) {
          if (someNameUnknown) report.unknown(msg`Sink "${sink.name}": a bucket whose name is not known yet may be its destination.`, sink.urn);
          else
            report.advisory(
              msg`Sink "${sink.name}" exports to a Cloud Storage bucket outside this stack; check that its retention policy is locked.`,
              sink.urn,
            );
          continue;
        }
        targets = [b];
      }
      for (const b of targets) {
        const locked = peek<boolean>(b.props, "retentionPolicy.isLocked");
        if (locked.state === "unknown")
          report.unknown(msg`Bucket "${b.name}" (destination of sink "${sink.name}"): retentionPolicy.isLocked is not known yet.`, b.urn);
        else if (!(locked.state === "known" && locked.value === true)) {
          report(
            msg`Bucket "${b.name}" receives logs from sink "${sink.name}" but its retention policy is ${peek(b.props, "retentionPolicy").state === "absent" ? "not set" : "not locked"}, so exported logs can be deleted. Set retentionPolicy with isLocked true.`,
            b.urn,
          );
        }
      }
    }
  },
});
