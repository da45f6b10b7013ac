import { fixtures, unknown } from "@rampart/policy-testing";

const M = "gcp:secretmanager/secretIamMember:SecretIamMember";
const RB = "gcp:secretmanager/regionalSecretIamBinding:RegionalSecretIamBinding";
const P = "gcp:secretmanager/secretIamPolicy:SecretIamPolicy";
const role = "roles/secretmanager.secretAccessor";

export default fixtures([
  {
    name: "accessor is a service account",
    expect: "pass",
    resource: { type: M, props: { secretId: "db-password", role, member: "serviceAccount:app@p.iam.gserviceaccount.com" } },
  },
  {
    name: "secret readable by anyone",
    expect: "violate",
    message: "member grants allUsers",
    resource: { type: M, props: { secretId: "db-password", role, member: "allUsers" } },
  },
  {
    name: "regional secret readable by any Google account",
    expect: "violate",
    message: "members grants allAuthenticatedUsers",
    resource: { type: RB, props: { secretId: "s", location: "europe-west1", role, members: ["allAuthenticatedUsers"] } },
  },
  {
    name: "public policy document",
    expect: "violate",
    message: "policyData bindings grants allUsers",
    resource: { type: P, props: { secretId: "s", policyData: JSON.stringify({ bindings: [{ role, members: ["allUsers"] }] }) } },
  },
  { name: "member unknown during preview", expect: "unknown", resource: { type: M, props: { secretId: "s", role, member: unknown() } } },
  {
    name: "a secret is not an IAM grant",
    expect: "not-applicable",
    resource: { type: "gcp:secretmanager/secret:Secret", props: { secretId: "s", replication: { auto: {} } } },
  },
]);
