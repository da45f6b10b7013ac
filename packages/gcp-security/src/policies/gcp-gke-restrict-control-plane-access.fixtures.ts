import { fixtures, unknown } from "@rampart/policy-testing";
import { nodePool } from "../lib/gke.fixtures-kit";

const C = "gcp:container/cluster:Cluster";
const base = { location: "europe-west1", initialNodeCount: 1 };

export default fixtures([
  {
    name: "authorized networks with an admin range",
    expect: "pass",
    resource: { type: C, props: { ...base, masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "203.0.113.0/24", displayName: "admins" }] } } },
  },
  { name: "authorized networks with no blocks (nodes only)", expect: "pass", resource: { type: C, props: { ...base, masterAuthorizedNetworksConfig: {} } } },
  {
    name: "private endpoint only",
    expect: "pass",
    resource: {
      type: C,
      props: { ...base, privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: "172.16.0.0/28" } },
    },
  },
  {
    name: "DNS endpoint only (IP endpoints off)",
    expect: "pass",
    resource: { type: C, props: { ...base, controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: false } } } },
  },
  {
    name: "no authorized networks (open public endpoint)",
    expect: "violate",
    message: "masterAuthorizedNetworksConfig is not set",
    resource: { type: C, props: base },
  },
  {
    name: "authorized networks include 0.0.0.0/0",
    expect: "violate",
    message: "cidrBlocks contains 0.0.0.0/0",
    resource: { type: C, props: { ...base, masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "0.0.0.0/0", displayName: "all" }] } } },
  },
  {
    name: "private nodes but public endpoint without authorized networks",
    expect: "violate",
    message: "masterAuthorizedNetworksConfig is not set",
    resource: { type: C, props: { ...base, privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false } } },
  },
  {
    name: "authorized block unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: unknown() }] } } },
  },
  {
    name: "private endpoint unknown, no authorized networks",
    expect: "unknown",
    resource: { type: C, props: { ...base, privateClusterConfig: { enablePrivateEndpoint: unknown() } } },
  },
  {
    name: "authorized networks admit every Google Cloud public IP",
    expect: "violate",
    message: "gcpPublicCidrsAccessEnabled is true",
    resource: {
      type: C,
      props: { ...base, masterAuthorizedNetworksConfig: { gcpPublicCidrsAccessEnabled: true, cidrBlocks: [{ cidrBlock: "203.0.113.0/24" }] } },
    },
  },
  {
    name: "Google Cloud public IP access off",
    expect: "pass",
    resource: {
      type: C,
      props: { ...base, masterAuthorizedNetworksConfig: { gcpPublicCidrsAccessEnabled: false, cidrBlocks: [{ cidrBlock: "203.0.113.0/24" }] } },
    },
  },
  {
    name: "Google Cloud public IP access unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, masterAuthorizedNetworksConfig: { gcpPublicCidrsAccessEnabled: unknown() } } },
  },
  {
    name: "Google Cloud public IP access on but private endpoint only",
    expect: "pass",
    resource: {
      type: C,
      props: { ...base, privateClusterConfig: { enablePrivateEndpoint: true }, masterAuthorizedNetworksConfig: { gcpPublicCidrsAccessEnabled: true } },
    },
  },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
