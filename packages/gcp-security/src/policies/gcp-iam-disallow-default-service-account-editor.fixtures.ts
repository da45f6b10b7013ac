import { fixtures, unknown } from "@rampart/policy-testing";

const PM = "gcp:projects/iAMMember:IAMMember";
const PP = "gcp:projects/iAMPolicy:IAMPolicy";
const COMPUTE = "serviceAccount:123456789012-compute@developer.gserviceaccount.com";

export default fixtures([
  {
    name: "narrow role to the default account",
    expect: "pass",
    resource: { type: PM, props: { project: "prod-123", role: "roles/logging.logWriter", member: COMPUTE } },
  },
  {
    name: "editor to a dedicated account (another policy)",
    expect: "pass",
    resource: { type: PM, props: { project: "prod-123", role: "roles/editor", member: "serviceAccount:ci@prod-123.iam.gserviceaccount.com" } },
  },
  {
    name: "editor to the compute default account",
    expect: "violate",
    message: 'role "roles/editor" is granted to a default (Compute Engine or App Engine) service account (member)',
    resource: { type: PM, props: { project: "prod-123", role: "roles/editor", member: COMPUTE } },
  },
  {
    name: "owner to the App Engine default account in a policy document",
    expect: "violate",
    message: 'policyData.bindings.0.role "roles/owner"',
    resource: {
      type: PP,
      props: {
        project: "prod-123",
        policyData: JSON.stringify({ bindings: [{ role: "roles/owner", members: ["serviceAccount:prod-123@appspot.gserviceaccount.com"] }] }),
      },
    },
  },
  { name: "member unknown during preview", expect: "unknown", resource: { type: PM, props: { project: "prod-123", role: "roles/editor", member: unknown() } } },
  {
    name: "bucket IAM is not project level",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketIAMMember:BucketIAMMember", props: { bucket: "b", role: "roles/storage.admin", member: COMPUTE } },
  },
]);
