import { fixtures, unknown } from "@rampart/policy-testing";

const V1 = "gcp:cloudfunctions/function:Function";

export default fixtures([
  {
    name: "HTTPS always",
    expect: "pass",
    resource: { type: V1, props: { runtime: "python312", triggerHttp: true, httpsTriggerSecurityLevel: "SECURE_ALWAYS" } },
  },
  {
    name: "event-triggered function",
    expect: "pass",
    resource: { type: V1, props: { runtime: "python312", eventTrigger: { eventType: "google.storage.object.finalize", resource: "b" } } },
  },
  {
    name: "HTTPS optional",
    expect: "violate",
    message: 'httpsTriggerSecurityLevel is "SECURE_OPTIONAL"',
    resource: { type: V1, props: { runtime: "python312", triggerHttp: true, httpsTriggerSecurityLevel: "SECURE_OPTIONAL" } },
  },
  {
    name: "level omitted",
    expect: "violate",
    message: "httpsTriggerSecurityLevel is not set",
    resource: { type: V1, props: { runtime: "python312", triggerHttp: true } },
  },
  {
    name: "level unknown during preview",
    expect: "unknown",
    resource: { type: V1, props: { runtime: "python312", triggerHttp: true, httpsTriggerSecurityLevel: unknown() } },
  },
  {
    name: "a 2nd gen function is not checked",
    expect: "not-applicable",
    resource: { type: "gcp:cloudfunctionsv2/function:Function", props: { location: "europe-west1" } },
  },
]);
