import { fixtures, unknown } from "@rampart/policy-testing";
import { projectMember, projectPolicy } from "../lib/iam.fixtures-kit";

const COMPUTE = "serviceAccount:123456789012-compute@developer.gserviceaccount.com";

export default fixtures([
  {
    name: "narrow role to the default account",
    expect: "pass",
    resource: projectMember("roles/logging.logWriter", COMPUTE),
  },
  {
    name: "editor to a dedicated account (another policy)",
    expect: "pass",
    resource: projectMember("roles/editor", "serviceAccount:ci@prod-123.iam.gserviceaccount.com"),
  },
  {
    name: "editor to the compute default account",
    expect: "violate",
    message: 'role "roles/editor" is granted to a default (Compute Engine or App Engine) service account (member)',
    resource: projectMember("roles/editor", COMPUTE),
  },
  {
    name: "owner to the App Engine default account in a policy document",
    expect: "violate",
    message: 'policyData.bindings.0.role "roles/owner"',
    resource: projectPolicy(JSON.stringify({ bindings: [{ role: "roles/owner", members: ["serviceAccount:prod-123@appspot.gserviceaccount.com"] }] })),
  },
  { name: "member unknown during preview", expect: "unknown", resource: projectMember("roles/editor", unknown()) },
  {
    name: "bucket IAM is not project level",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketIAMMember:BucketIAMMember", props: { bucket: "b", role: "roles/storage.admin", member: COMPUTE } },
  },
]);
