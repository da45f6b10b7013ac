/**
 * Cloud Storage: the bucket token and the ways an ACL makes a bucket or object public. ACL
 * resources (`BucketACL`, `DefaultObjectACL`, `ObjectACL`) take `roleEntities` as `ROLE:entity`
 * strings and `BucketACL`/`ObjectACL` a canned `predefinedAcl`; the `*AccessControl` resources one
 * `entity`. The public entities are `allUsers` and `allAuthenticatedUsers`.
 */
import { isPublicPrincipal } from "./iam";

/** The Cloud Storage bucket token. */
export const BUCKET = "gcp:storage/bucket:Bucket";

/** ACL resources with a `roleEntities` list (and, for bucket and object ACLs, `predefinedAcl`). */
export const ROLE_ENTITY_ACL_TYPES: readonly string[] = [
  "gcp:storage/bucketACL:BucketACL",
  "gcp:storage/defaultObjectACL:DefaultObjectACL",
  "gcp:storage/objectACL:ObjectACL",
];

/** Access control resources with one `entity`. */
export const ENTITY_ACL_TYPES: readonly string[] = [
  "gcp:storage/bucketAccessControl:BucketAccessControl",
  "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl",
  "gcp:storage/objectAccessControl:ObjectAccessControl",
];

/** Whether a `ROLE:entity` pair names a public entity (`READER:allUsers`). */
export function isPublicRoleEntity(roleEntity: unknown): boolean {
  if (typeof roleEntity !== "string") return false;
  const i = roleEntity.indexOf(":");
  return i >= 0 && isPublicPrincipal(roleEntity.slice(i + 1));
}

/** Whether a canned ACL is public: `publicRead`, `publicReadWrite`, `authenticatedRead` (JSON API or gsutil spelling). */
export function isPublicPredefinedAcl(acl: unknown): boolean {
  if (typeof acl !== "string") return false;
  const a = acl.replace(/[-_\s]/g, "").toLowerCase();
  return a === "publicread" || a === "publicreadwrite" || a === "authenticatedread";
}

/** The bucket name a log sink `destination` writes to (`storage.googleapis.com/<bucket>`), if it is a bucket. */
export function sinkBucket(destination: unknown): string | undefined {
  if (typeof destination !== "string") return undefined;
  const m = /^storage\.googleapis\.com\/([^/]+)\/?$/.exec(destination.trim());
  return m ? m[1] : undefined;
}

/** IAM resources of buckets and of their managed folders (member, binding, policy). */
export const BUCKET_IAM_TYPES: readonly string[] = [
  "gcp:storage/bucketIAMMember:BucketIAMMember",
  "gcp:storage/bucketIAMBinding:BucketIAMBinding",
  "gcp:storage/bucketIAMPolicy:BucketIAMPolicy",
  "gcp:storage/managedFolderIamMember:ManagedFolderIamMember",
  "gcp:storage/managedFolderIamBinding:ManagedFolderIamBinding",
  "gcp:storage/managedFolderIamPolicy:ManagedFolderIamPolicy",
];
