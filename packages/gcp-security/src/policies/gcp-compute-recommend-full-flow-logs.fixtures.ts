import { fixtures, unknown } from "@rampart/policy-testing";

const S = "gcp:compute/subnetwork:Subnetwork";
const full = { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" };

export default fixtures([
  { name: "complete flow logs", expect: "pass", resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", logConfig: full } } },
  { name: "no flow logs (another policy's finding)", expect: "pass", resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24" } } },
  {
    name: "default sampling 0.5",
    expect: "violate",
    message: "logConfig.flowSampling is not set (the default is 0.5)",
    resource: { type: S, props: { network: "vpc", logConfig: { aggregationInterval: "INTERVAL_5_SEC" } } },
  },
  {
    name: "10-minute aggregation",
    expect: "violate",
    message: 'logConfig.aggregationInterval is "INTERVAL_10_MIN"',
    resource: { type: S, props: { network: "vpc", logConfig: { ...full, aggregationInterval: "INTERVAL_10_MIN" } } },
  },
  {
    name: "metadata excluded",
    expect: "violate",
    message: 'logConfig.metadata is "EXCLUDE_ALL_METADATA"',
    resource: { type: S, props: { network: "vpc", logConfig: { ...full, metadata: "EXCLUDE_ALL_METADATA" } } },
  },
  {
    name: "a filter",
    expect: "violate",
    message: "logConfig.filterExpr is set",
    resource: { type: S, props: { network: "vpc", logConfig: { ...full, filterExpr: "inIpRange(connection.src_ip, '10.0.0.0/8')" } } },
  },
  {
    name: "sampling unknown during preview",
    expect: "unknown",
    resource: { type: S, props: { network: "vpc", logConfig: { ...full, flowSampling: unknown() } } },
  },
  { name: "a network is not a subnet", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: {} } },
]);
