import { publicGrantFixtures } from "../lib/public-grant.fixtures-kit";

const role = "roles/cloudfunctions.invoker";

export default publicGrantFixtures(
  {
    member: { type: "gcp:cloudfunctions/functionIamMember:FunctionIamMember", props: { cloudFunction: "fn", role } },
    binding: { type: "gcp:cloudfunctionsv2/functionIamBinding:FunctionIamBinding", props: { cloudFunction: "fn", role } },
    policy: { type: "gcp:cloudfunctions/functionIamPolicy:FunctionIamPolicy", props: { cloudFunction: "fn" }, role },
    serviceAccount: "caller@p.iam.gserviceaccount.com",
    names: {
      pass: "invoker granted to a service account",
      member: "1st gen public function",
      binding: "2nd gen binding to all authenticated users",
      policy: "policy document with allUsers",
      unknown: "member unknown during preview",
    },
  },
  [
    {
      name: "a function is not an IAM grant",
      expect: "not-applicable",
      resource: { type: "gcp:cloudfunctions/function:Function", props: { runtime: "nodejs20" } },
    },
  ],
);
