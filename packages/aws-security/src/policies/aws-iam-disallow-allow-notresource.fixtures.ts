import { fixtures, unknown } from "@rampart/policy-testing";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export default fixtures([
  {
    name: "explicit resources",
    expect: "pass",
    resource: { type: "aws:iam/policy:Policy", props: { policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }) } },
  },
  {
    name: "Deny with NotResource",
    expect: "pass",
    resource: {
      type: "aws:iam/policy:Policy",
      props: { policy: doc({ Effect: "Deny", Action: "s3:*", NotResource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"] }) },
    },
  },
  {
    name: "Allow with NotResource",
    expect: "violate",
    message: "uses NotResource with Effect Allow",
    resource: {
      type: "aws:iam/userPolicy:UserPolicy",
      props: { user: "u", policy: doc({ Effect: "Allow", Action: "s3:*", NotResource: "arn:aws:s3:::secret/*" }) },
    },
  },
  { name: "document unknown", expect: "unknown", resource: { type: "aws:iam/groupPolicy:GroupPolicy", props: { group: "g", policy: unknown() } } },
]);
