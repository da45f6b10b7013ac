import { fixtures, unknown } from "@rampart/policy-testing";

const P = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";

export default fixtures([
  { name: "length 14", expect: "pass", resource: { type: P, props: { minimumPasswordLength: 14 } } },
  {
    name: "length omitted",
    expect: "violate",
    message: "minimumPasswordLength is not set (IAM default 8)",
    resource: { type: P, props: { requireSymbols: true } },
  },
  {
    name: "length 8",
    expect: "violate",
    message: "minimumPasswordLength is 8, below the required 14",
    resource: { type: P, props: { minimumPasswordLength: 8 } },
  },
  {
    name: "configured 16",
    expect: "violate",
    message: "required 16",
    config: { minimumLength: 16 },
    resource: { type: P, props: { minimumPasswordLength: 14 } },
  },
  { name: "length unknown", expect: "unknown", resource: { type: P, props: { minimumPasswordLength: unknown() } } },
]);
