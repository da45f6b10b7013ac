import { fixtures, unknown } from "@rampart/policy-testing";
import { eventFunctionV1, functionV2, httpFunctionV1 } from "../lib/cloudfunctions.fixtures-kit";

export default fixtures([
  {
    name: "HTTPS always",
    expect: "pass",
    resource: httpFunctionV1({ httpsTriggerSecurityLevel: "SECURE_ALWAYS" }),
  },
  {
    name: "event-triggered function",
    expect: "pass",
    resource: eventFunctionV1("google.storage.object.finalize", "b"),
  },
  {
    name: "HTTPS optional",
    expect: "violate",
    message: 'httpsTriggerSecurityLevel is "SECURE_OPTIONAL"',
    resource: httpFunctionV1({ httpsTriggerSecurityLevel: "SECURE_OPTIONAL" }),
  },
  {
    name: "level omitted",
    expect: "violate",
    message: "httpsTriggerSecurityLevel is not set",
    resource: httpFunctionV1(),
  },
  {
    name: "level unknown during preview",
    expect: "unknown",
    resource: httpFunctionV1({ httpsTriggerSecurityLevel: unknown() }),
  },
  {
    name: "a 2nd gen function is not checked",
    expect: "not-applicable",
    resource: functionV2(),
  },
]);
