import { fixtures, unknown } from "@rampart/policy-testing";

const BM = "gcp:pubsub/topicIAMMember:TopicIAMMember";
const KB = "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding";
const PP = "gcp:projects/iAMPolicy:IAMPolicy";
const RUN = "gcp:cloudrun/iamMember:IamMember";
const DS = "gcp:bigquery/datasetIamMember:DatasetIamMember";

export default fixtures([
  {
    name: "topic grant to a group",
    expect: "pass",
    resource: { type: BM, props: { topic: "events", role: "roles/pubsub.subscriber", member: "group:analysts@example.com" } },
  },
  {
    name: "project policy without public principals",
    expect: "pass",
    resource: {
      type: PP,
      props: { project: "prod-123", policyData: JSON.stringify({ bindings: [{ role: "roles/viewer", members: ["group:ops@example.com"] }] }) },
    },
  },
  {
    name: "public Cloud Run invoker allowed by config",
    expect: "pass",
    config: { allowedRoles: ["roles/run.invoker"] },
    resource: { type: RUN, props: { service: "web", location: "europe-west1", role: "roles/run.invoker", member: "allUsers" } },
  },
  {
    name: "member unknown during preview",
    expect: "unknown",
    resource: { type: BM, props: { topic: "events", role: "roles/pubsub.subscriber", member: unknown() } },
  },
  { name: "policy document unknown during preview", expect: "unknown", resource: { type: PP, props: { project: "prod-123", policyData: unknown() } } },
  {
    name: "public topic subscriber",
    expect: "violate",
    message: 'member grants role "roles/pubsub.subscriber" to the public principal "allUsers"',
    resource: { type: BM, props: { topic: "events", role: "roles/pubsub.subscriber", member: "allUsers" } },
  },
  {
    name: "KMS key binding to all authenticated users",
    expect: "violate",
    message: 'members.1 grants role "roles/cloudkms.cryptoKeyEncrypterDecrypter" to the public principal "allAuthenticatedUsers"',
    resource: {
      type: KB,
      props: {
        cryptoKeyId: "k",
        role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
        members: ["serviceAccount:app@p.iam.gserviceaccount.com", "allAuthenticatedUsers"],
      },
    },
  },
  {
    name: "project policy document with allUsers",
    expect: "violate",
    message: 'policyData.bindings.1.members.0 grants policyData.bindings.1.role "roles/viewer"',
    resource: {
      type: PP,
      props: {
        project: "prod-123",
        policyData: JSON.stringify({
          bindings: [
            { role: "roles/editor", members: ["user:a@example.com"] },
            { role: "roles/viewer", members: ["allUsers"] },
          ],
        }),
      },
    },
  },
  {
    name: "BigQuery dataset public",
    expect: "violate",
    message: "public principal",
    resource: { type: DS, props: { datasetId: "sales", role: "roles/bigquery.dataViewer", member: "allAuthenticatedUsers" } },
  },
  {
    name: "Cloud Run public without the allowance",
    expect: "violate",
    message: "roles/run.invoker",
    resource: { type: RUN, props: { service: "web", location: "europe-west1", role: "roles/run.invoker", member: "allUsers" } },
  },
  {
    name: "bucket IAM is gcp-storage-disallow-public-iam's",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketIAMMember:BucketIAMMember", props: { bucket: "b", role: "roles/storage.objectViewer", member: "allUsers" } },
  },
  { name: "a bucket is not an IAM resource", expect: "not-applicable", resource: { type: "gcp:storage/bucket:Bucket", props: { location: "EU" } } },
]);
