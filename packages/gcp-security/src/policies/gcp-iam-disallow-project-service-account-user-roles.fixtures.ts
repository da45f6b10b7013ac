import { fixtures, unknown } from "@rampart/policy-testing";
import { projectBinding, projectMember } from "../lib/iam.fixtures-kit";

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
    resource: projectMember("roles/run.developer", "user:alice@example.com"),
  },
  {
    name: "service account user at project level",
    expect: "violate",
    message: 'role "roles/iam.serviceAccountUser" is granted at project level (member)',
    resource: projectMember("roles/iam.serviceAccountUser", "user:alice@example.com"),
  },
  {
    name: "token creator binding at project level",
    expect: "violate",
    message: "roles/iam.serviceAccountTokenCreator",
    resource: projectBinding("roles/iam.serviceAccountTokenCreator", ["group:ci@example.com"]),
  },
  {
    name: "role unknown during preview",
    expect: "unknown",
    resource: projectMember(unknown(), "user:alice@example.com"),
  },
]);
