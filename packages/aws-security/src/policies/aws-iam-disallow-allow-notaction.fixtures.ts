import { fixtures, unknown } from "@rampart/policy-testing";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export default fixtures([
  {
    name: "explicit actions",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: "*" }) } },
  },
  {
    name: "Deny with NotAction (guardrail)",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Deny", NotAction: ["iam:*", "sts:*"], Resource: "*" }) } },
  },
  {
    name: "Allow with NotAction",
    expect: "violate",
    message: "policy Statement[0] uses NotAction with Effect Allow",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }) } },
  },
  {
    name: "Role inline Allow with NotAction",
    expect: "violate",
    message: "inlinePolicies[0].policy",
    resource: {
      type: "aws:iam/role:Role",
      props: { assumeRolePolicy: "{}", inlinePolicies: [{ name: "p", policy: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }) }] },
    },
  },
  {
    name: "effect unknown",
    expect: "unknown",
    resource: {
      type: "aws:iam/rolePolicy:RolePolicy",
      props: { role: "r", policy: { Statement: [{ Effect: unknown(), NotAction: "iam:*", Resource: "*" }] } },
    },
  },
  { name: "document unknown", expect: "unknown", resource: { type: "aws:iam/rolePolicy:RolePolicy", props: { role: "r", policy: unknown() } } },
]);
