import { fixtures, unknown } from "@rampart/policy-testing";

const P = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";
const all = { requireUppercaseCharacters: true, requireLowercaseCharacters: true, requireNumbers: true, requireSymbols: true };

export default fixtures([
  { name: "all four classes", expect: "pass", resource: { type: P, props: { ...all, minimumPasswordLength: 14 } } },
  {
    name: "only symbols configured, symbols required",
    expect: "pass",
    config: { requiredClasses: ["symbols"] },
    resource: { type: P, props: { requireSymbols: true } },
  },
  {
    name: "nothing required",
    expect: "violate",
    message: "requireUppercaseCharacters, requireLowercaseCharacters, requireNumbers, requireSymbols are not set to true",
    resource: { type: P, props: { minimumPasswordLength: 14 } },
  },
  { name: "symbols off", expect: "violate", message: "requireSymbols is not set to true", resource: { type: P, props: { ...all, requireSymbols: false } } },
  { name: "one value unknown", expect: "unknown", resource: { type: P, props: { ...all, requireNumbers: unknown() } } },
]);
