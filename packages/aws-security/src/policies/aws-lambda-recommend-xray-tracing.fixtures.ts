import { fixtures, unknown } from "@rampart/policy-testing";

const F = "aws:lambda/function:Function";
const role = "arn:aws:iam::111122223333:role/fn";

export default fixtures([
  { name: "active tracing", expect: "pass", resource: { type: F, props: { role, runtime: "python3.13", tracingConfig: { mode: "Active" } } } },
  {
    name: "no tracing config",
    expect: "violate",
    message: "tracingConfig.mode is not set (PassThrough)",
    resource: { type: F, props: { role, runtime: "python3.13" } },
  },
  {
    name: "PassThrough",
    expect: "violate",
    message: 'tracingConfig.mode is "PassThrough"',
    resource: { type: F, props: { role, runtime: "python3.13", tracingConfig: { mode: "PassThrough" } } },
  },
  { name: "mode unknown", expect: "unknown", resource: { type: F, props: { role, runtime: "python3.13", tracingConfig: { mode: unknown() } } } },
]);
