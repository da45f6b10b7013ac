import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:guardduty/detector:Detector";

export default fixtures([
  { name: "default detector", expect: "pass", resource: { type: D, props: {} } },
  { name: "enabled detector", expect: "pass", resource: { type: D, props: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" } } },
  { name: "suspended detector", expect: "violate", message: "enable is false", resource: { type: D, props: { enable: false } } },
  { name: "enable unknown", expect: "unknown", resource: { type: D, props: { enable: unknown() } } },
]);
