import { fixtures, unknown } from "@rampart/policy-testing";
import { REGION_INSTANCE_TEMPLATE } from "../lib/compute";
import { instance, instanceTemplate } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "default (false)", expect: "pass", resource: instance() },
  { name: "explicitly off", expect: "pass", resource: instance({ canIpForward: false }) },
  {
    name: "forwarding on",
    expect: "violate",
    message: "canIpForward is true, so this instance can send",
    resource: instance({ canIpForward: true }),
  },
  {
    name: "regional template forwarding on",
    expect: "violate",
    message: "this instance template",
    resource: instanceTemplate({ canIpForward: true }, REGION_INSTANCE_TEMPLATE),
  },
  { name: "unknown during preview", expect: "unknown", resource: instance({ canIpForward: unknown() }) },
  { name: "a subnetwork is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/subnetwork:Subnetwork", props: { network: "vpc" } } },
]);
