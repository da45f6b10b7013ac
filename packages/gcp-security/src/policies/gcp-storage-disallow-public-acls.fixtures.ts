import { fixtures, unknown } from "@rampart/policy-testing";

const BA = "gcp:storage/bucketACL:BucketACL";
const DOA = "gcp:storage/defaultObjectACL:DefaultObjectACL";
const OA = "gcp:storage/objectACL:ObjectACL";
const BAC = "gcp:storage/bucketAccessControl:BucketAccessControl";
const OAC = "gcp:storage/objectAccessControl:ObjectAccessControl";

export default fixtures([
  { name: "private canned ACL", expect: "pass", resource: { type: BA, props: { bucket: "reports", predefinedAcl: "private" } } },
  {
    name: "role entities for a group",
    expect: "pass",
    resource: { type: DOA, props: { bucket: "reports", roleEntities: ["OWNER:project-owners-123", "READER:group-analysts@example.com"] } },
  },
  {
    name: "access control for a user",
    expect: "pass",
    resource: { type: BAC, props: { bucket: "reports", role: "READER", entity: "user-alice@example.com" } },
  },
  {
    name: "public-read bucket ACL",
    expect: "violate",
    message: 'predefinedAcl is "publicRead"',
    resource: { type: BA, props: { bucket: "site", predefinedAcl: "publicRead" } },
  },
  {
    name: "default object ACL readable by all users",
    expect: "violate",
    message: 'roleEntities.1 grants "READER:allUsers"',
    resource: { type: DOA, props: { bucket: "site", roleEntities: ["OWNER:project-owners-123", "READER:allUsers"] } },
  },
  {
    name: "object ACL for all authenticated users",
    expect: "violate",
    message: "public entity",
    resource: { type: OA, props: { bucket: "site", object: "index.html", roleEntities: ["READER:allAuthenticatedUsers"] } },
  },
  {
    name: "object access control for all users",
    expect: "violate",
    message: 'entity is the public principal "allUsers"',
    resource: { type: OAC, props: { bucket: "site", object: "index.html", role: "READER", entity: "allUsers" } },
  },
  { name: "role entities unknown during preview", expect: "unknown", resource: { type: BA, props: { bucket: "site", roleEntities: unknown() } } },
  { name: "entity unknown during preview", expect: "unknown", resource: { type: BAC, props: { bucket: "site", role: "READER", entity: unknown() } } },
  { name: "a bucket is not an ACL", expect: "not-applicable", resource: { type: "gcp:storage/bucket:Bucket", props: { location: "EU" } } },
]);
