import { fixtures, unknown } from "@rampart/policy-testing";
import { projectPolicy } from "../lib/iam.fixtures-kit";

const BM = "gcp:artifactregistry/repositoryIamMember:RepositoryIamMember";
const KB = "gcp:spanner/databaseIAMBinding:DatabaseIAMBinding";
const DS = "gcp:compute/instanceIAMMember:InstanceIAMMember";

export default fixtures([
  {
    name: "repository grant to a group",
    expect: "pass",
    resource: {
      type: BM,
      props: { repository: "images", location: "europe-west1", role: "roles/artifactregistry.reader", member: "group:analysts@example.com" },
    },
  },
  {
    name: "project policy without public principals",
    expect: "pass",
    resource: projectPolicy(JSON.stringify({ bindings: [{ role: "roles/viewer", members: ["group:ops@example.com"] }] })),
  },
  {
    name: "public image repository reader allowed by config",
    expect: "pass",
    config: { allowedRoles: ["roles/artifactregistry.reader"] },
    resource: { type: BM, props: { repository: "images", location: "europe-west1", role: "roles/artifactregistry.reader", member: "allUsers" } },
  },
  {
    name: "member unknown during preview",
    expect: "unknown",
    resource: { type: BM, props: { repository: "images", location: "europe-west1", role: "roles/artifactregistry.reader", member: unknown() } },
  },
  { name: "policy document unknown during preview", expect: "unknown", resource: projectPolicy(unknown()) },
  {
    name: "public repository reader",
    expect: "violate",
    message: 'member grants role "roles/artifactregistry.reader" to the public principal "allUsers"',
    resource: { type: BM, props: { repository: "images", location: "europe-west1", role: "roles/artifactregistry.reader", member: "allUsers" } },
  },
  {
    name: "Spanner database binding to all authenticated users",
    expect: "violate",
    message: 'members.1 grants role "roles/spanner.databaseReader" to the public principal "allAuthenticatedUsers"',
    resource: {
      type: KB,
      props: {
        instance: "main",
        database: "orders",
        role: "roles/spanner.databaseReader",
        members: ["serviceAccount:app@p.iam.gserviceaccount.com", "allAuthenticatedUsers"],
      },
    },
  },
  {
    name: "project policy document with allUsers",
    expect: "violate",
    message: 'policyData.bindings.1.members.0 grants policyData.bindings.1.role "roles/viewer"',
    resource: projectPolicy(
      JSON.stringify({
        bindings: [
          { role: "roles/editor", members: ["user:a@example.com"] },
          { role: "roles/viewer", members: ["allUsers"] },
        ],
      }),
    ),
  },
  {
    name: "VM instance IAM open to all authenticated users",
    expect: "violate",
    message: "public principal",
    resource: { type: DS, props: { instanceName: "bastion", zone: "europe-west1-b", role: "roles/compute.osLogin", member: "allAuthenticatedUsers" } },
  },
  {
    name: "Cloud Run invoker IAM is gcp-cloudrun-disallow-public-invoker's",
    expect: "not-applicable",
    resource: { type: "gcp:cloudrun/iamMember:IamMember", props: { service: "web", location: "europe-west1", role: "roles/run.invoker", member: "allUsers" } },
  },
  {
    name: "KMS key IAM is gcp-kms-disallow-public-access's",
    expect: "not-applicable",
    resource: {
      type: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
      props: { cryptoKeyId: "k", role: "roles/cloudkms.cryptoKeyDecrypter", member: "allUsers" },
    },
  },
  {
    name: "bucket IAM is gcp-storage-disallow-public-iam's",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketIAMMember:BucketIAMMember", props: { bucket: "b", role: "roles/storage.objectViewer", member: "allUsers" } },
  },
  { name: "a bucket is not an IAM resource", expect: "not-applicable", resource: { type: "gcp:storage/bucket:Bucket", props: { location: "EU" } } },
]);
