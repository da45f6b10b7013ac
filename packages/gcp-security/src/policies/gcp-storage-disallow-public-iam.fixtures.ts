import { fixtures, unknown } from "@rampart/policy-testing";

const BM = "gcp:storage/bucketIAMMember:BucketIAMMember";
const BB = "gcp:storage/bucketIAMBinding:BucketIAMBinding";
const BP = "gcp:storage/bucketIAMPolicy:BucketIAMPolicy";
const MF = "gcp:storage/managedFolderIamMember:ManagedFolderIamMember";

export default fixtures([
  {
    name: "viewer for a group",
    expect: "pass",
    resource: { type: BM, props: { bucket: "reports", role: "roles/storage.objectViewer", member: "group:analysts@example.com" } },
  },
  {
    name: "public website bucket allowed by config",
    expect: "pass",
    config: { allowedRoles: ["roles/storage.objectViewer"] },
    resource: { type: BM, props: { bucket: "site", role: "roles/storage.objectViewer", member: "allUsers" } },
  },
  {
    name: "public object viewer",
    expect: "violate",
    message: 'member grants role "roles/storage.objectViewer" to the public principal "allUsers"',
    resource: { type: BM, props: { bucket: "reports", role: "roles/storage.objectViewer", member: "allUsers" } },
  },
  {
    name: "binding with all authenticated users",
    expect: "violate",
    message: 'members.0 grants role "roles/storage.objectAdmin"',
    resource: { type: BB, props: { bucket: "reports", role: "roles/storage.objectAdmin", members: ["allAuthenticatedUsers"] } },
  },
  {
    name: "bucket policy document",
    expect: "violate",
    message: "policyData.bindings.0.members.1",
    resource: {
      type: BP,
      props: {
        bucket: "reports",
        policyData: JSON.stringify({ bindings: [{ role: "roles/storage.legacyBucketReader", members: ["projectViewer:p", "allUsers"] }] }),
      },
    },
  },
  {
    name: "managed folder public",
    expect: "violate",
    message: "public principal",
    resource: { type: MF, props: { bucket: "reports", managedFolder: "public/", role: "roles/storage.objectViewer", member: "allUsers" } },
  },
  {
    name: "member unknown during preview",
    expect: "unknown",
    resource: { type: BM, props: { bucket: "reports", role: "roles/storage.objectViewer", member: unknown() } },
  },
  {
    name: "KMS IAM is the generic policy's",
    expect: "not-applicable",
    resource: {
      type: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
      props: { cryptoKeyId: "k", role: "roles/cloudkms.cryptoKeyDecrypter", member: "allUsers" },
    },
  },
]);
