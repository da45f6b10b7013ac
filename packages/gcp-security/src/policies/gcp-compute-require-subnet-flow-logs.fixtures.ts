import { fixtures, unknown } from "@rampart/policy-testing";

const S = "gcp:compute/subnetwork:Subnetwork";

export default fixtures([
  {
    name: "subnet with flow logs",
    expect: "pass",
    resource: {
      type: S,
      props: {
        network: "vpc",
        ipCidrRange: "10.0.0.0/24",
        logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" },
      },
    },
  },
  { name: "flow logs with the defaults", expect: "pass", resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", logConfig: {} } } },
  {
    name: "proxy-only subnet (no flow logs there)",
    expect: "pass",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.1.0.0/26", purpose: "REGIONAL_MANAGED_PROXY", role: "ACTIVE" } },
  },
  {
    name: "logConfig unknown during preview counts as set",
    expect: "pass",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", logConfig: unknown() } },
  },
  {
    name: "subnet without flow logs",
    expect: "violate",
    message: "logConfig is not set",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24" } },
  },
  {
    name: "flow sampling 0",
    expect: "violate",
    message: "logConfig.flowSampling is 0",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", logConfig: { flowSampling: 0 } } },
  },
  {
    name: "purpose unknown during preview",
    expect: "unknown",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", purpose: unknown() } },
  },
  { name: "a network is not a subnet", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } } },
]);
