import { fixtures, unknown } from "@rampart/policy-testing";

const M1 = "gcp:cloudfunctions/functionIamMember:FunctionIamMember";
const B2 = "gcp:cloudfunctionsv2/functionIamBinding:FunctionIamBinding";
const P1 = "gcp:cloudfunctions/functionIamPolicy:FunctionIamPolicy";

export default fixtures([
  {
    name: "invoker granted to a service account",
    expect: "pass",
    resource: { type: M1, props: { cloudFunction: "fn", role: "roles/cloudfunctions.invoker", member: "serviceAccount:caller@p.iam.gserviceaccount.com" } },
  },
  {
    name: "1st gen public function",
    expect: "violate",
    message: "member grants allUsers",
    resource: { type: M1, props: { cloudFunction: "fn", role: "roles/cloudfunctions.invoker", member: "allUsers" } },
  },
  {
    name: "2nd gen binding to all authenticated users",
    expect: "violate",
    message: "members grants allAuthenticatedUsers",
    resource: { type: B2, props: { cloudFunction: "fn", role: "roles/cloudfunctions.invoker", members: ["allAuthenticatedUsers"] } },
  },
  {
    name: "policy document with allUsers",
    expect: "violate",
    message: "policyData bindings grants allUsers",
    resource: {
      type: P1,
      props: { cloudFunction: "fn", policyData: JSON.stringify({ bindings: [{ role: "roles/cloudfunctions.invoker", members: ["allUsers"] }] }) },
    },
  },
  {
    name: "member unknown during preview",
    expect: "unknown",
    resource: { type: M1, props: { cloudFunction: "fn", role: "roles/cloudfunctions.invoker", member: unknown() } },
  },
  {
    name: "a function is not an IAM grant",
    expect: "not-applicable",
    resource: { type: "gcp:cloudfunctions/function:Function", props: { runtime: "nodejs20" } },
  },
]);
