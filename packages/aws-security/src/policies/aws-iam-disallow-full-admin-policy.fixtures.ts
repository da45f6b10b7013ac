import { fixtures, unknown } from "@rampart/policy-testing";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const admin = { Effect: "Allow", Action: "*", Resource: "*" };

export default fixtures([
  {
    name: "scoped managed policy",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: "arn:aws:s3:::data/*" }) } },
  },
  {
    name: "Deny * on * never grants",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Deny", Action: "*", Resource: "*" }) } },
  },
  {
    name: "all actions of one service is not full admin",
    expect: "pass",
    resource: { type: "aws:iam/rolePolicy:RolePolicy", props: { role: "r", policy: doc({ Effect: "Allow", Action: "s3:*", Resource: "*" }) } },
  },
  {
    name: "managed policy with * on *",
    expect: "violate",
    message: 'policy Statement[0] allows Action "*" on Resource "*"',
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc(admin) } },
  },
  {
    name: "inline user policy with *:* as object document",
    expect: "violate",
    message: "full administrator access",
    resource: {
      type: "aws:iam/userPolicy:UserPolicy",
      props: { user: "u", policy: { Version: "2012-10-17", Statement: [{ Sid: "All", Effect: "Allow", Action: ["*:*"], Resource: ["*"] }] } },
    },
  },
  {
    name: "group policy",
    expect: "violate",
    message: "Statement[1]",
    resource: {
      type: "aws:iam/groupPolicy:GroupPolicy",
      props: { group: "g", policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, admin) },
    },
  },
  {
    name: "Role inline policy",
    expect: "violate",
    message: "inlinePolicies[0].policy Statement[0]",
    resource: {
      type: "aws:iam/role:Role",
      props: {
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: "all", policy: doc(admin) }],
      },
    },
  },
  { name: "policy document unknown", expect: "unknown", resource: { type: "aws:iam/policy:Policy", props: { policy: unknown() } } },
  {
    name: "action unknown inside an object document",
    expect: "unknown",
    resource: {
      type: "aws:iam/policy:Policy",
      props: { policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: unknown(), Resource: "*" }] } },
    },
  },
  {
    name: "resource unknown but scoped action stays quiet",
    expect: "pass",
    resource: {
      type: "aws:iam/policy:Policy",
      props: { policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: unknown() }] } },
    },
  },
]);
