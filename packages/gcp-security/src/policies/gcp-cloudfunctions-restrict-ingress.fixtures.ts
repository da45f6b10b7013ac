import { fixtures, unknown } from "@rampart/policy-testing";

const V1 = "gcp:cloudfunctions/function:Function";
const V2 = "gcp:cloudfunctionsv2/function:Function";

export default fixtures([
  {
    name: "1st gen HTTP function internal only",
    expect: "pass",
    resource: { type: V1, props: { runtime: "nodejs20", triggerHttp: true, ingressSettings: "ALLOW_INTERNAL_ONLY" } },
  },
  {
    name: "1st gen event-triggered function (no endpoint)",
    expect: "pass",
    resource: { type: V1, props: { runtime: "nodejs20", eventTrigger: { eventType: "google.pubsub.topic.publish", resource: "t" } } },
  },
  {
    name: "2nd gen behind a load balancer",
    expect: "pass",
    resource: { type: V2, props: { location: "europe-west1", serviceConfig: { ingressSettings: "ALLOW_INTERNAL_AND_GCLB" } } },
  },
  {
    name: "1st gen HTTP function open to all",
    expect: "violate",
    message: 'ingressSettings is "ALLOW_ALL"',
    resource: { type: V1, props: { runtime: "nodejs20", triggerHttp: true, ingressSettings: "ALLOW_ALL" } },
  },
  {
    name: "1st gen HTTP function with the default",
    expect: "violate",
    message: "ingressSettings is not set",
    resource: { type: V1, props: { runtime: "nodejs20", triggerHttp: true } },
  },
  {
    name: "2nd gen with the default",
    expect: "violate",
    message: "serviceConfig.ingressSettings is not set",
    resource: { type: V2, props: { location: "europe-west1", serviceConfig: { availableMemory: "256M" } } },
  },
  {
    name: "2nd gen ingress unknown",
    expect: "unknown",
    resource: { type: V2, props: { location: "europe-west1", serviceConfig: { ingressSettings: unknown() } } },
  },
  { name: "1st gen trigger unknown", expect: "unknown", resource: { type: V1, props: { runtime: "nodejs20", triggerHttp: unknown() } } },
  {
    name: "a function IAM member is not a function",
    expect: "not-applicable",
    resource: { type: "gcp:cloudfunctions/functionIamMember:FunctionIamMember", props: { cloudFunction: "fn", role: "r", member: "user:a@example.com" } },
  },
]);
