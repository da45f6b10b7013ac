import { fixtures, unknown } from "@rampart/policy-testing";
import { projectBinding, projectMember } from "../lib/iam.fixtures-kit";

const SA = "serviceAccount:app@prod-123.iam.gserviceaccount.com";

export default fixtures([
  {
    name: "narrow role to a service account",
    expect: "pass",
    resource: projectMember("roles/storage.objectUser", SA),
  },
  {
    name: "admin role to a group (not a service account)",
    expect: "pass",
    resource: projectMember("roles/compute.admin", "group:ops@example.com"),
  },
  {
    name: "editor to the default compute account (reported by the default-account policy)",
    expect: "pass",
    resource: projectMember("roles/editor", "serviceAccount:123456789012-compute@developer.gserviceaccount.com"),
  },
  {
    name: "owner to a service account",
    expect: "violate",
    message: 'role "roles/owner" is an administrative role granted to a service account (member) at project level',
    resource: projectMember("roles/owner", SA),
  },
  {
    name: "storage admin binding",
    expect: "violate",
    message: '"roles/storage.admin" is an administrative role granted to a service account (members.1)',
    resource: projectBinding("roles/storage.admin", ["group:ops@example.com", SA]),
  },
  {
    name: "compute admin to the default account",
    expect: "violate",
    message: "roles/compute.admin",
    resource: projectMember("roles/compute.admin", "serviceAccount:123456789012-compute@developer.gserviceaccount.com"),
  },
  {
    name: "versioned admin role",
    expect: "violate",
    message: "roles/compute.instanceAdmin.v1",
    resource: projectMember("roles/compute.instanceAdmin.v1", SA),
  },
  { name: "member unknown during preview", expect: "unknown", resource: projectMember("roles/owner", unknown()) },
  {
    name: "a service account is not an IAM grant",
    expect: "not-applicable",
    resource: { type: "gcp:serviceaccount/account:Account", props: { accountId: "app" } },
  },
]);
