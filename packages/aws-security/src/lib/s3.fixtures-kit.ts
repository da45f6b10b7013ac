/**
 * Fixture builders for the S3 stack policies (versioning, encryption, logging, public access block,
 * TLS-only bucket policy): the two bucket resource shapes of the AWS provider, aws.s3.Bucket (v7,
 * inline `versioning`, `logging`, ...) and aws.s3.BucketV2 (inline `versionings[0]`, ...), as named
 * stack resources in wire form (`awsS3.S3_BUCKET_TYPES` of @rampart/policy-core).
 */
import type { FixtureResource } from "@rampart/policy-testing";

/** An aws.s3.Bucket named `name` (default "data") with `props`. */
export function bucket(props: Record<string, unknown> = {}, name = "data"): FixtureResource {
  return { type: "aws:s3/bucket:Bucket", name, props };
}

/** An aws.s3.BucketV2 named `name` (default "data") with `props`. */
export function bucketV2(props: Record<string, unknown> = {}, name = "data"): FixtureResource {
  return { type: "aws:s3/bucketV2:BucketV2", name, props };
}
