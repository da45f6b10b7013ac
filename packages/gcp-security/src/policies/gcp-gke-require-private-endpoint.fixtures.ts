import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  {
    name: "private endpoint only",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } } },
  },
  {
    name: "DNS endpoint only (no IP endpoint)",
    expect: "pass",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: false }, dnsEndpointConfig: { allowExternalTraffic: true } },
      },
    },
  },
  {
    name: "no private cluster config (public endpoint by default)",
    expect: "violate",
    message: "enablePrivateEndpoint is not set",
    resource: { type: C, props: { location: "europe-west1" } },
  },
  {
    name: "private nodes with a public endpoint and authorized networks",
    expect: "violate",
    message: "privateClusterConfig.enablePrivateEndpoint is false",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false },
        masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "203.0.113.0/24" }] },
      },
    },
  },
  {
    name: "private endpoint unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: unknown() } } },
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
