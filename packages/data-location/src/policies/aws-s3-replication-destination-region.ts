import type { PolicyResource } from "@pulumi/policy";
import { checkRegion, describeAllowed, describeRegion, isResidencyConfigured, peek, peekItems, StackIndex, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import type { Peeked } from "@rampart/policy-core";
import { listForMessage, RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { awsRegionOfResource } from "../where";

const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const BUCKET_TYPES = [BUCKET, BUCKET_V2];

/**
 * One replication setup: who declares it, the top-level property, every destination its rules
 * declare (the `bucket` value as peeked: known, unknown or absent), and whether a part of the rules
 * (a rule or a destination list) is unknown during preview.
 */
interface Setup {
  resource: PolicyResource;
  property: string;
  destinations: { path: string; bucket: Peeked<unknown> }[];
  open: boolean;
}

function destinationsOf(r: PolicyResource): Setup | undefined {
  const destinations: Setup["destinations"] = [];
  let open = false;
  const collect = (rules: unknown, base: string, destKey: string) => {
    const rs = peekItems<unknown>(rules, []);
    if (rs.unknown) open = true;
    rs.known.forEach((rule, i) => {
      const ds = peekItems<unknown>(rule, destKey);
      if (ds.unknown) open = true;
      ds.known.forEach((d, j) => {
        const path = `${base}[${i}].${destKey}${destKey === "destinations" ? `[${j}]` : ""}.bucket`;
        destinations.push({ path, bucket: peek<unknown>(d, "bucket") });
      });
    });
  };
  if (r.type === REPLICATION) {
    const rules = peek<unknown>(r.props, "rules");
    if (rules.state === "unknown") open = true;
    else if (rules.state === "known") collect(rules.value, "rules", "destination");
    return { resource: r, property: "rules", destinations, open };
  }
  if (r.type === BUCKET) {
    const rc = peek<unknown>(r.props, "replicationConfiguration");
    if (rc.state === "absent") return undefined;
    if (rc.state === "unknown") return { resource: r, property: "replicationConfiguration", destinations, open: true };
    const rules = peek<unknown>(rc.value, "rules");
    if (rules.state === "unknown") open = true;
    else if (rules.state === "known") collect(rules.value, "replicationConfiguration.rules", "destination");
    return { resource: r, property: "replicationConfiguration", destinations, open };
  }
  const rcs = peekItems<unknown>(r.props, "replicationConfigurations");
  if (!rcs.known.length && !rcs.unknown) return undefined;
  if (rcs.unknown) open = true;
  rcs.known.forEach((rc, k) => {
    const rules = peek<unknown>(rc, "rules");
    if (rules.state === "unknown") open = true;
    else if (rules.state === "known") collect(rules.value, `replicationConfigurations[${k}].rules`, "destinations");
  });
  return { resource: r, property: "replicationConfigurations", destinations, open };
}

/** The bucket in the stack a destination ARN names, by its `arn`, or its name (`bucket`/`id`). */
function bucketByArn(index: StackIndex, arn: string): PolicyResource | undefined {
  const name = arn.startsWith("arn:") ? arn.split(":").slice(5).join(":") : arn;
  for (const b of index.ofType(...BUCKET_TYPES)) {
    for (const k of ["arn", "bucket", "id"]) {
      const v = peek<unknown>(b.props, k);
      if (v.state === "known" && (v.value === arn || v.value === name)) return b;
    }
  }
  return undefined;
}

/**
 * S3 replication rules (aws.s3.BucketReplicationConfig, or the inline replication configuration
 * of aws.s3.Bucket / BucketV2) must replicate only to buckets in allowed regions. The destination
 * bucket is found in the stack by its ARN or, during preview, by the engine's property dependency;
 * its region is its own `region`, else its provider's. A destination outside the stack cannot be
 * placed: advisory.
 */
export default locationPolicy<"aws-s3-replication-destination-region", ResidencyConfig>({
  name: "aws-s3-replication-destination-region",
  description: "S3 replication must copy objects only to buckets in allowed regions.",
  remediationSteps:
    "Replicate to a destination bucket in a region inside allowedRegions.aws or allowedJurisdictions (set the destination bucket's `region` or its provider's), or remove the replication rule.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
  resourceTypes: [REPLICATION, BUCKET, BUCKET_V2],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateStack: ({ index, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "aws")) notApplicable("data residency is not configured");
    for (const r of index.ofType(REPLICATION, ...BUCKET_TYPES)) {
      const setup = destinationsOf(r);
      if (!setup) continue;
      // Destinations placed by a known ARN that names a bucket of the stack.
      const dests = new Map<string, { bucket: PolicyResource; path: string }>();
      // Destinations declared but not placed that way (ARN unknown during preview, outside the stack, or malformed).
      const unplacedDests: { path: string; why: string }[] = [];
      for (const d of setup.destinations) {
        if (d.bucket.state === "known" && typeof d.bucket.value === "string") {
          const b = bucketByArn(index, d.bucket.value);
          if (b) {
            if (b.urn !== r.urn && !dests.has(b.urn)) dests.set(b.urn, { bucket: b, path: d.path });
            continue;
          }
          unplacedDests.push({ path: d.path, why: "names a bucket outside this stack" });
        } else {
          unplacedDests.push({ path: d.path, why: d.bucket.state === "unknown" ? "is not known yet" : "names no bucket" });
        }
      }
      const bad: string[] = [];
      const unplaced: string[] = [];
      for (const { bucket, path } of dests.values()) {
        const w = awsRegionOfResource(bucket);
        if (w.state === "unknown") unplaced.push(msg`the region of destination bucket "${bucket.name}" is not known yet`);
        else if (w.state === "absent") unplaced.push(msg`the region of destination bucket "${bucket.name}" cannot be determined`);
        else {
          const v = checkRegion("aws", w.value, settings);
          if (!v.allowed) bad.push(msg`${path} replicates to bucket "${bucket.name}" in region ${describeRegion(v)}`);
        }
      }
      if (unplacedDests.length) {
        // During preview a destination ARN is unknown; the engine still records which buckets the
        // rules' value came from. Those not placed by ARN are the candidates for the unplaced
        // destinations: only when every candidate is known to be outside the allowed locations is
        // that a finding whatever the ARN turns out to be.
        const candidates = (r.propertyDependencies?.[setup.property] ?? [])
          .map((d) => index.get(d.urn) ?? d)
          .filter((d) => BUCKET_TYPES.includes(d.type) && d.urn !== r.urn && !dests.has(d.urn));
        const verdicts = candidates.map((b) => {
          const w = awsRegionOfResource(b);
          return { b, v: w.state === "known" ? checkRegion("aws", w.value, settings) : undefined };
        });
        const paths = listForMessage(
          unplacedDests.map((d) => d.path),
          ", ",
        );
        if (verdicts.length && verdicts.every(({ v }) => v && !v.allowed)) {
          for (const { b, v } of verdicts)
            bad.push(msg`${paths} (not known yet, depends on "${b.name}") replicates to bucket "${b.name}" in region ${describeRegion(v!)}`);
        } else if (verdicts.length) {
          unplaced.push(
            msg`the destination bucket of ${paths} is not known yet (it depends on ${listForMessage(
              verdicts.map(({ b }) => `"${b.name}"`),
              ", ",
            )})`,
          );
        } else {
          for (const d of unplacedDests) unplaced.push(msg`${d.path} ${d.why}`);
        }
      }
      if (setup.open) unplaced.push(msg`the destination bucket of ${setup.property} is not known yet`);
      if (bad.length) {
        report(
          msg`${listForMessage(bad)}, outside the allowed locations (${describeAllowed("aws", settings)}). Replicate to a bucket in an allowed region.`,
          r.urn,
        );
      } else if (unplaced.length) {
        report.unknown(msg`${listForMessage(unplaced)}: the replication destination's region cannot be checked.`, r.urn);
      }
    }
  },
});
