import { fixtures, unknown } from "@rampart/policy-testing";

const PM = "gcp:projects/iAMMember:IAMMember";
const PB = "gcp:projects/iAMBinding:IAMBinding";

export default fixtures([
  {
    name: "admin and user held by different principals",
    expect: "pass",
    resources: [
      { type: PM, name: "sa-admin", props: { project: "prod-123", role: "roles/iam.serviceAccountAdmin", member: "group:iam-admins@example.com" } },
      { type: PM, name: "sa-user", props: { project: "prod-123", role: "roles/iam.serviceAccountUser", member: "group:deployers@example.com" } },
    ],
  },
  {
    name: "same principal, different projects",
    expect: "pass",
    resources: [
      { type: PM, name: "sa-admin", props: { project: "prod-123", role: "roles/iam.serviceAccountAdmin", member: "user:alice@example.com" } },
      { type: PM, name: "sa-user", props: { project: "dev-456", role: "roles/iam.serviceAccountUser", member: "user:alice@example.com" } },
    ],
  },
  {
    name: "one user holds both",
    expect: "violate",
    target: "sa-admin",
    message: "also holds roles/iam.serviceAccountUser on the same project",
    resources: [
      { type: PM, name: "sa-admin", props: { project: "prod-123", role: "roles/iam.serviceAccountAdmin", member: "user:alice@example.com" } },
      {
        type: PB,
        name: "sa-users",
        props: { project: "prod-123", role: "roles/iam.serviceAccountUser", members: ["group:deployers@example.com", "user:alice@example.com"] },
      },
    ],
  },
  {
    name: "member unknown during preview",
    expect: "unknown",
    resources: [
      { type: PM, name: "sa-admin", props: { project: "prod-123", role: "roles/iam.serviceAccountAdmin", member: "user:alice@example.com" } },
      { type: PM, name: "sa-user", props: { project: "prod-123", role: "roles/iam.serviceAccountUser", member: unknown() } },
    ],
  },
  {
    name: "project unknown during preview",
    expect: "unknown",
    resources: [
      { type: PM, name: "sa-admin", props: { project: "prod-123", role: "roles/iam.serviceAccountAdmin", member: "user:alice@example.com" } },
      { type: PM, name: "sa-user", props: { project: unknown(), role: "roles/iam.serviceAccountUser", member: "user:alice@example.com" } },
    ],
  },
]);
