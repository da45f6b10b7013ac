import { fixtures, unknown } from "@rampart/policy-testing";

const PM = "gcp:projects/iAMMember:IAMMember";
const PB = "gcp:projects/iAMBinding:IAMBinding";
const SAM = "gcp:serviceaccount/iAMMember:IAMMember";

export default fixtures([
  {
    name: "service account user on one service account",
    expect: "pass",
    resource: {
      type: SAM,
      props: {
        serviceAccountId: "projects/p/serviceAccounts/app@p.iam.gserviceaccount.com",
        role: "roles/iam.serviceAccountUser",
        member: "user:alice@example.com",
      },
    },
  },
  {
    name: "other project role",
    expect: "pass",
    resource: { type: PM, props: { project: "prod-123", role: "roles/run.developer", member: "user:alice@example.com" } },
  },
  {
    name: "service account user at project level",
    expect: "violate",
    message: 'role "roles/iam.serviceAccountUser" is granted at project level (member)',
    resource: { type: PM, props: { project: "prod-123", role: "roles/iam.serviceAccountUser", member: "user:alice@example.com" } },
  },
  {
    name: "token creator binding at project level",
    expect: "violate",
    message: "roles/iam.serviceAccountTokenCreator",
    resource: { type: PB, props: { project: "prod-123", role: "roles/iam.serviceAccountTokenCreator", members: ["group:ci@example.com"] } },
  },
  {
    name: "role unknown during preview",
    expect: "unknown",
    resource: { type: PM, props: { project: "prod-123", role: unknown(), member: "user:alice@example.com" } },
  },
]);
