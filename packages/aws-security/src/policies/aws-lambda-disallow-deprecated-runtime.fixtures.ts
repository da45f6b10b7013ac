import { fixtures, unknown } from "@rampart/policy-testing";

const F = "aws:lambda/function:Function";
const role = "arn:aws:iam::111122223333:role/fn";

export default fixtures([
  { name: "python3.13", expect: "pass", resource: { type: F, props: { role, runtime: "python3.13", handler: "app.handler" } } },
  { name: "newer runtime not in the list", expect: "pass", resource: { type: F, props: { role, runtime: "nodejs24.x", handler: "index.handler" } } },
  {
    name: "container image function",
    expect: "pass",
    resource: { type: F, props: { role, packageType: "Image", imageUri: "111122223333.dkr.ecr.eu-west-1.amazonaws.com/fn:1" } },
  },
  { name: "allowed by config", expect: "pass", config: { allowedRuntimes: ["nodejs16.x"] }, resource: { type: F, props: { role, runtime: "nodejs16.x" } } },
  {
    name: "nodejs16.x",
    expect: "violate",
    message: "runtime nodejs16.x has been deprecated since 2024-06-12",
    resource: { type: F, props: { role, runtime: "nodejs16.x", handler: "index.handler" } },
  },
  {
    name: "python3.8",
    expect: "violate",
    message: "Move to a supported runtime",
    resource: { type: F, props: { role, runtime: "python3.8", handler: "app.handler" } },
  },
  {
    name: "far look-ahead catches python3.12",
    expect: "violate",
    message: /runtime python3\.12 (is deprecated on|has been deprecated since) 2028-10-31/,
    config: { warnDaysAhead: 36500 },
    resource: { type: F, props: { role, runtime: "python3.12" } },
  },
  { name: "runtime unknown", expect: "unknown", resource: { type: F, props: { role, runtime: unknown() } } },
]);
