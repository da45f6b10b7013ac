import { fixtures, unknown } from "@rampart/policy-testing";

const arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";

export default fixtures([
  {
    name: "policy attached to a group only",
    expect: "pass",
    resource: { type: "aws:iam/policyAttachment:PolicyAttachment", props: { policyArn: arn, groups: ["devs"] } },
  },
  {
    name: "exclusive resource with an empty list",
    expect: "pass",
    resource: { type: "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", props: { userName: "u", policyArns: [] } },
  },
  {
    name: "UserPolicyAttachment",
    expect: "violate",
    message: "attaches a managed policy directly to an IAM user",
    resource: { type: "aws:iam/userPolicyAttachment:UserPolicyAttachment", props: { user: "alice", policyArn: arn } },
  },
  {
    name: "UserPolicy",
    expect: "violate",
    message: "inline policy is embedded in an IAM user",
    resource: { type: "aws:iam/userPolicy:UserPolicy", props: { user: "alice", policy: "{}" } },
  },
  {
    name: "PolicyAttachment with users",
    expect: "violate",
    message: "users lists 1 IAM user(s)",
    resource: { type: "aws:iam/policyAttachment:PolicyAttachment", props: { policyArn: arn, users: ["alice"], roles: ["r"] } },
  },
  {
    name: "UserPoliciesExclusive with names",
    expect: "violate",
    message: "policyNames gives the IAM user",
    resource: { type: "aws:iam/userPoliciesExclusive:UserPoliciesExclusive", props: { userName: "alice", policyNames: ["inline"] } },
  },
  { name: "users unknown", expect: "unknown", resource: { type: "aws:iam/policyAttachment:PolicyAttachment", props: { policyArn: arn, users: unknown() } } },
  {
    name: "group attachment is another type",
    expect: "not-applicable",
    resource: { type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", props: { group: "g", policyArn: arn } },
  },
]);
