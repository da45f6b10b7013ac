import { fixtures, unknown } from "@rampart/policy-testing";

const PM = "gcp:projects/iAMMember:IAMMember";
const PB = "gcp:projects/iAMBinding:IAMBinding";
const SA = "serviceAccount:app@prod-123.iam.gserviceaccount.com";

export default fixtures([
  {
    name: "narrow role to a service account",
    expect: "pass",
    resource: { type: PM, props: { project: "prod-123", role: "roles/storage.objectUser", member: SA } },
  },
  {
    name: "admin role to a group (not a service account)",
    expect: "pass",
    resource: { type: PM, props: { project: "prod-123", role: "roles/compute.admin", member: "group:ops@example.com" } },
  },
  {
    name: "editor to the default compute account (reported by the default-account policy)",
    expect: "pass",
    resource: { type: PM, props: { project: "prod-123", role: "roles/editor", member: "serviceAccount:123456789012-compute@developer.gserviceaccount.com" } },
  },
  {
    name: "owner to a service account",
    expect: "violate",
    message: 'role "roles/owner" is an administrative role granted to a service account (member) at project level',
    resource: { type: PM, props: { project: "prod-123", role: "roles/owner", member: SA } },
  },
  {
    name: "storage admin binding",
    expect: "violate",
    message: '"roles/storage.admin" is an administrative role granted to a service account (members.1)',
    resource: { type: PB, props: { project: "prod-123", role: "roles/storage.admin", members: ["group:ops@example.com", SA] } },
  },
  {
    name: "compute admin to the default account",
    expect: "violate",
    message: "roles/compute.admin",
    resource: {
      type: PM,
      props: { project: "prod-123", role: "roles/compute.admin", member: "serviceAccount:123456789012-compute@developer.gserviceaccount.com" },
    },
  },
  {
    name: "versioned admin role",
    expect: "violate",
    message: "roles/compute.instanceAdmin.v1",
    resource: { type: PM, props: { project: "prod-123", role: "roles/compute.instanceAdmin.v1", member: SA } },
  },
  { name: "member unknown during preview", expect: "unknown", resource: { type: PM, props: { project: "prod-123", role: "roles/owner", member: unknown() } } },
  {
    name: "a service account is not an IAM grant",
    expect: "not-applicable",
    resource: { type: "gcp:serviceaccount/account:Account", props: { accountId: "app" } },
  },
]);
