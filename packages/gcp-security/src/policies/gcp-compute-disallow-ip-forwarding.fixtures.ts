import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const T = "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate";
const base = {
  machineType: "e2-medium",
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

export default fixtures([
  { name: "default (false)", expect: "pass", resource: { type: I, props: base } },
  { name: "explicitly off", expect: "pass", resource: { type: I, props: { ...base, canIpForward: false } } },
  {
    name: "forwarding on",
    expect: "violate",
    message: "canIpForward is true, so this instance can send",
    resource: { type: I, props: { ...base, canIpForward: true } },
  },
  {
    name: "regional template forwarding on",
    expect: "violate",
    message: "this instance template",
    resource: { type: T, props: { machineType: "e2-small", disks: [{ sourceImage: "debian-cloud/debian-12" }], canIpForward: true } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: I, props: { ...base, canIpForward: unknown() } } },
  { name: "a subnetwork is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/subnetwork:Subnetwork", props: { network: "vpc" } } },
]);
