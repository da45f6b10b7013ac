import { fixtures, unknown } from "@rampart/policy-testing";

const N = "gcp:compute/routerNat:RouterNat";
const base = { router: "egress", region: "europe-west1", natIpAllocateOption: "AUTO_ONLY", sourceSubnetworkIpRangesToNat: "ALL_SUBNETWORKS_ALL_IP_RANGES" };

export default fixtures([
  { name: "logging on", expect: "pass", resource: { type: N, props: { ...base, logConfig: { enable: true, filter: "ALL" } } } },
  {
    name: "no logConfig (off by default)",
    expect: "violate",
    message: "logConfig.enable is not set (the provider's default is false)",
    resource: { type: N, props: base },
  },
  {
    name: "logging off",
    expect: "violate",
    message: "logConfig.enable is false",
    resource: { type: N, props: { ...base, logConfig: { enable: false, filter: "ALL" } } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: N, props: { ...base, logConfig: { enable: unknown(), filter: "ALL" } } } },
  {
    name: "a router is not a NAT",
    expect: "not-applicable",
    resource: { type: "gcp:compute/router:Router", props: { network: "vpc", region: "europe-west1" } },
  },
]);
