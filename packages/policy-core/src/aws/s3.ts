/**
 * Amazon S3 in @pulumi/aws 7: type tokens and readers that handle both bucket shapes.
 *
 * - `aws:s3/bucket:Bucket` (v7; was `BucketV2` in v6): nested settings are single objects
 *   (`serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault`, `versioning`,
 *   `logging`, `replicationConfiguration`, `website`).
 * - `aws:s3/bucketV2:BucketV2` (still shipped in v7): the same settings as arrays
 *   (`serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[]`,
 *   `versionings[]`, `loggings[]`, `replicationConfigurations[]`, `websites[]`).
 * - Settings also live in separate companion resources, each with and without a `V2` suffix
 *   (the public-access block and bucket policy have no V2 variant).
 *
 * Property names checked in node_modules/@pulumi/aws/s3/bucket.d.ts, bucketV2.d.ts and
 * types/input.d.ts of @pulumi/aws 7.x.
 */
import type { PolicyResource } from "@pulumi/policy";
import type { StackIndex } from "../stack-index";
import { peek, peekItems, Peeked } from "../unknown";

/** Bucket type tokens: v7 single-object shape first, then the v6-style array shape. */
export const S3_BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;
/** Public-access block companion. */
export const S3_PUBLIC_ACCESS_BLOCK_TYPES = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"] as const;
/** Account-level public-access block. */
export const S3_ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
/** Bucket policy companion. */
export const S3_BUCKET_POLICY_TYPES = ["aws:s3/bucketPolicy:BucketPolicy"] as const;
/** Bucket ACL companions. */
export const S3_BUCKET_ACL_TYPES = ["aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2"] as const;
/** Server-side encryption configuration companions. */
export const S3_SSE_TYPES = [
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
] as const;
/** Versioning companions. */
export const S3_VERSIONING_TYPES = ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"] as const;
/** Access-logging companions. */
export const S3_LOGGING_TYPES = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"] as const;
/** Lifecycle companions. */
export const S3_LIFECYCLE_TYPES = [
  "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
] as const;
/** Replication companion. */
export const S3_REPLICATION_TYPES = ["aws:s3/bucketReplicationConfig:BucketReplicationConfig"] as const;

/** Output properties that identify a bucket, for linking companions (`bucket` = its name). */
export const S3_BUCKET_KEYS = ["bucket", "id", "arn"] as const;

/** Canned ACLs that grant access to everyone or to any AWS account (S3 User Guide, "Canned ACL"). */
export const PUBLIC_CANNED_ACLS = ["public-read", "public-read-write", "authenticated-read"] as const;
/** Grantee group URIs that mean everyone / any authenticated AWS user (S3 User Guide, ACL overview). */
export const PUBLIC_GRANTEE_URIS = ["http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"] as const;

/** Whether `type` is one of the two bucket tokens; `isV2` tells the array shape. */
export function bucketShape(type: string): "v7" | "v2" | undefined {
  if (type === S3_BUCKET_TYPES[0]) return "v7";
  if (type === S3_BUCKET_TYPES[1]) return "v2";
  return undefined;
}

/** Default SSE rules of a bucket's inline encryption config, as `{sseAlgorithm, kmsMasterKeyId}` lists. */
export function inlineSseDefaults(type: string, props: unknown): { known: Record<string, unknown>[]; unknown: boolean; present: boolean } {
  const out: Record<string, unknown>[] = [];
  let unknown = false;
  let present = false;
  if (bucketShape(type) === "v7") {
    const cfg = peek(props, "serverSideEncryptionConfiguration");
    if (cfg.state === "unknown") return { known: [], unknown: true, present: true };
    if (cfg.state === "absent") return { known: [], unknown: false, present: false };
    present = true;
    const d = peek<Record<string, unknown>>(cfg.value, "rule.applyServerSideEncryptionByDefault");
    if (d.state === "known") out.push(d.value);
    else if (d.state === "unknown") unknown = true;
  } else {
    const cfgs = peekItems(props, "serverSideEncryptionConfigurations");
    unknown ||= cfgs.unknown;
    present = cfgs.known.length > 0 || cfgs.unknown;
    for (const c of cfgs.known) {
      const rules = peekItems(c, "rules");
      unknown ||= rules.unknown;
      for (const r of rules.known) {
        const ds = peekItems<Record<string, unknown>>(r, "applyServerSideEncryptionByDefaults");
        unknown ||= ds.unknown;
        out.push(...ds.known);
      }
    }
  }
  return { known: out, unknown, present };
}

/** Inline versioning `enabled` of either bucket shape. */
export function inlineVersioningEnabled(type: string, props: unknown): Peeked<boolean> {
  if (bucketShape(type) === "v7") return peek<boolean>(props, "versioning.enabled");
  const v = peekItems(props, "versionings");
  if (v.unknown) return { state: "unknown", path: "versionings" };
  if (!v.known.length) return { state: "absent" };
  return peek<boolean>(v.known[0], "enabled");
}

/** Inline logging target of either bucket shape. */
export function inlineLogging(type: string, props: unknown): Peeked<unknown> {
  if (bucketShape(type) === "v7") return peek(props, "logging.targetBucket");
  const v = peekItems(props, "loggings");
  if (v.unknown) return { state: "unknown", path: "loggings" };
  if (!v.known.length) return { state: "absent" };
  return peek(v.known[0], "targetBucket");
}

/** Property path of inline settings for messages (`versioning` vs `versionings[0]`). */
export function inlinePath(type: string, v7Path: string, v2Path: string): string {
  return bucketShape(type) === "v7" ? v7Path : v2Path;
}

/** Object-ownership companion (`rule.objectOwnership`: BucketOwnerEnforced disables ACLs). */
export const S3_OWNERSHIP_CONTROLS_TYPES = ["aws:s3/bucketOwnershipControls:BucketOwnershipControls"] as const;
/** Object resources (`acl` canned ACL per object). */
export const S3_OBJECT_TYPES = ["aws:s3/bucketObject:BucketObject", "aws:s3/bucketObjectv2:BucketObjectv2"] as const;

/** Companion `aws:s3/bucketVersioning*` status: "Enabled", "Suspended" or "Disabled" (`versioningConfiguration.status`). */
export function companionVersioningStatus(props: unknown): Peeked<string> {
  return peek<string>(props, "versioningConfiguration.status");
}

/**
 * Default SSE algorithms of a companion `aws:s3/bucketServerSideEncryptionConfiguration*`
 * (`rules[].applyServerSideEncryptionByDefault.sseAlgorithm`: "AES256", "aws:kms", "aws:kms:dsse").
 */
export function companionSseAlgorithms(props: unknown): { known: unknown[]; unknown: boolean } {
  const rules = peekItems(props, "rules");
  const out: unknown[] = [];
  let unknown = rules.unknown;
  for (const r of rules.known) {
    const a = peek(r, "applyServerSideEncryptionByDefault.sseAlgorithm");
    if (a.state === "known") out.push(a.value);
    else if (a.state === "unknown") unknown = true;
  }
  return { known: out, unknown };
}

/** SSE algorithms that use AWS KMS keys (S3 User Guide, "Using server-side encryption with AWS KMS keys"). */
export const KMS_SSE_ALGORITHMS: readonly string[] = ["aws:kms", "aws:kms:dsse"];

/** The buckets of a stack with their linked companions (see `bucketsWithCompanions`). */
export interface BucketCompanions {
  buckets: { bucket: PolicyResource; companions: PolicyResource[] }[];
  /**
   * True when a companion's bucket cannot be resolved yet (link unknown, no property dependency):
   * it might belong to any bucket, so a policy must not call a bucket non-compliant for lacking one.
   */
  unresolved: boolean;
}

/**
 * Every bucket (both shapes) with its companions of `companionTypes`, linked through the
 * companion's `bucket` property (the bucket's name, id or ARN) or, during preview, the engine's
 * property dependency on the bucket.
 */
export function bucketsWithCompanions(index: StackIndex, companionTypes: readonly string[]): BucketCompanions {
  const links = index.companions({ targetTypes: S3_BUCKET_TYPES, companionTypes, linkProperty: "bucket", targetKeys: S3_BUCKET_KEYS });
  return {
    buckets: index.ofType(...S3_BUCKET_TYPES).map((bucket) => ({ bucket, companions: links.byTarget.get(bucket.urn) ?? [] })),
    unresolved: links.unresolved.length > 0,
  };
}
