import type { PolicyResource } from "@pulumi/policy";
import { checkRegion, definePolicy, describeAllowed, describeRegion, isResidencyConfigured, peek, peekItems, StackIndex } from "@rampart/policy-core";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { awsRegionOfResource } from "../where";

const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const BUCKET_TYPES = [BUCKET, BUCKET_V2];

/** One replication setup: who declares it, the top-level property, and its destination bucket ARNs. */
interface Setup {
  resource: PolicyResource;
  property: string;
  arns: { path: string; value: unknown; state: "known" | "unknown" }[];
  open: boolean;
}

function destinationsOf(r: PolicyResource): Setup | undefined {
  const arns: Setup["arns"] = [];
  let open = false;
  const collect = (rules: unknown, base: string, destKey: string) => {
    const rs = peekItems<unknown>(rules, []);
    if (rs.unknown) open = true;
    rs.known.forEach((rule, i) => {
      const ds = peekItems<unknown>(rule, destKey);
      if (ds.unknown) open = true;
      ds.known.forEach((d, j) => {
        const path = `${base}[${i}].${destKey}${destKey === "destinations" ? `[${j}]` : ""}.bucket`;
        const b = peek<unknown>(d, "bucket");
        if (b.state === "unknown") arns.push({ path, value: undefined, state: "unknown" });
        else if (b.state === "known") arns.push({ path, value: b.value, state: "known" });
      });
    });
  };
  if (r.type === REPLICATION) {
    const rules = peek<unknown>(r.props, "rules");
    if (rules.state === "unknown") open = true;
    else if (rules.state === "known") collect(rules.value, "rules", "destination");
    return { resource: r, property: "rules", arns, open };
  }
  if (r.type === BUCKET) {
    const rc = peek<unknown>(r.props, "replicationConfiguration");
    if (rc.state === "absent") return undefined;
    if (rc.state === "unknown") return { resource: r, property: "replicationConfiguration", arns, open: true };
    const rules = peek<unknown>(rc.value, "rules");
    if (rules.state === "unknown") open = true;
    else if (rules.state === "known") collect(rules.value, "replicationConfiguration.rules", "destination");
    return { resource: r, property: "replicationConfiguration", arns, open };
  }
  const rcs = peekItems<unknown>(r.props, "replicationConfigurations");
  if (!rcs.known.length && !rcs.unknown) return undefined;
  if (rcs.unknown) open = true;
  rcs.known.forEach((rc, k) => {
    const rules = peek<unknown>(rc, "rules");
    if (rules.state === "unknown") open = true;
    else if (rules.state === "known") collect(rules.value, `replicationConfigurations[${k}].rules`, "destinations");
  });
  return { resource: r, property: "replicationConfigurations", arns, open };
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
export default definePolicy<"aws-s3-replication-destination-region", ResidencyConfig>({
  name: "aws-s3-replication-destination-region",
  description: "S3 replication must copy objects only to buckets in allowed regions.",
  cloud: "aws",
  service: "s3",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replicate to a destination bucket in a region inside allowedRegions.aws or allowedJurisdictions (set the destination bucket's `region` or its provider's), or remove the replication rule.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
  resourceTypes: [REPLICATION, BUCKET, BUCKET_V2],
  tags: ["data-residency", "replication"],
  config: RESIDENCY_CONFIG,
  validateStack: ({ index, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "aws")) notApplicable("data residency is not configured");
    for (const r of index.ofType(REPLICATION, ...BUCKET_TYPES)) {
      const setup = destinationsOf(r);
      if (!setup) continue;
      const dests = new Map<string, { bucket: PolicyResource; path: string }>();
      const unplaced: string[] = [];
      for (const a of setup.arns) {
        if (a.state === "known" && typeof a.value === "string") {
          const b = bucketByArn(index, a.value);
          if (b && b.urn !== r.urn) dests.set(b.urn, { bucket: b, path: a.path });
          else if (!b) unplaced.push(`${a.path} names a bucket outside this stack`);
        }
      }
      const open = setup.open || setup.arns.some((a) => a.state === "unknown");
      if (open) {
        // During preview the destination ARN is unknown; the engine still records which buckets it came from.
        const deps = (r.propertyDependencies?.[setup.property] ?? []).map((d) => index.get(d.urn) ?? d);
        const found = deps.filter((d) => BUCKET_TYPES.includes(d.type) && d.urn !== r.urn);
        for (const b of found) if (!dests.has(b.urn)) dests.set(b.urn, { bucket: b, path: `${setup.property} (destination bucket "${b.name}")` });
        if (!found.length) unplaced.push(`the destination bucket of ${setup.property} is not known yet`);
      }
      const bad: string[] = [];
      for (const { bucket, path } of dests.values()) {
        const w = awsRegionOfResource(bucket);
        if (w.state === "unknown") unplaced.push(`the region of destination bucket "${bucket.name}" is not known yet`);
        else if (w.state === "absent") unplaced.push(`the region of destination bucket "${bucket.name}" cannot be determined`);
        else {
          const v = checkRegion("aws", w.value, settings);
          if (!v.allowed) bad.push(`${path} replicates to bucket "${bucket.name}" in region ${describeRegion(v)}`);
        }
      }
      if (bad.length) {
        report(
          `${bad.join("; ")}, outside the allowed locations (${describeAllowed("aws", settings)}). Replicate to a bucket in an allowed region.`,
          r.urn,
        );
      } else if (unplaced.length) {
        report.unknown(`${unplaced.join("; ")}: the replication destination's region cannot be checked.`, r.urn);
      }
    }
  },
});
