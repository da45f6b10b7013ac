import { fixtures, unknown } from "@rampart/policy-testing";
import { eventFunctionV1, functionV1, functionV2, httpFunctionV1 } from "../lib/cloudfunctions.fixtures-kit";

export default fixtures([
  {
    name: "1st gen HTTP function internal only",
    expect: "pass",
    resource: httpFunctionV1({ ingressSettings: "ALLOW_INTERNAL_ONLY" }),
  },
  {
    name: "1st gen event-triggered function (no endpoint)",
    expect: "pass",
    resource: eventFunctionV1("google.pubsub.topic.publish", "t"),
  },
  {
    name: "2nd gen behind a load balancer",
    expect: "pass",
    resource: functionV2({ serviceConfig: { ingressSettings: "ALLOW_INTERNAL_AND_GCLB" } }),
  },
  {
    name: "1st gen HTTP function open to all",
    expect: "violate",
    message: 'ingressSettings is "ALLOW_ALL"',
    resource: httpFunctionV1({ ingressSettings: "ALLOW_ALL" }),
  },
  {
    name: "1st gen HTTP function with the default",
    expect: "violate",
    message: "ingressSettings is not set",
    resource: httpFunctionV1(),
  },
  {
    name: "2nd gen with the default",
    expect: "violate",
    message: "serviceConfig.ingressSettings is not set",
    resource: functionV2({ serviceConfig: { availableMemory: "256M" } }),
  },
  {
    name: "2nd gen ingress unknown",
    expect: "unknown",
    resource: functionV2({ serviceConfig: { ingressSettings: unknown() } }),
  },
  { name: "1st gen trigger unknown", expect: "unknown", resource: functionV1({ triggerHttp: unknown() }) },
  {
    name: "a function IAM member is not a function",
    expect: "not-applicable",
    resource: { type: "gcp:cloudfunctions/functionIamMember:FunctionIamMember", props: { cloudFunction: "fn", role: "r", member: "user:a@example.com" } },
  },
]);
