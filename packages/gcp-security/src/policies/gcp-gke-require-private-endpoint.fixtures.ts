import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "private endpoint only",
    expect: "pass",
    resource: cluster({ privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } }),
  },
  {
    name: "DNS endpoint only (no IP endpoint)",
    expect: "pass",
    resource: cluster({ controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: false }, dnsEndpointConfig: { allowExternalTraffic: true } } }),
  },
  {
    name: "no private cluster config (public endpoint by default)",
    expect: "violate",
    message: "enablePrivateEndpoint is not set",
    resource: cluster(),
  },
  {
    name: "private nodes with a public endpoint and authorized networks",
    expect: "violate",
    message: "privateClusterConfig.enablePrivateEndpoint is false",
    resource: cluster({
      privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false },
      masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "203.0.113.0/24" }] },
    }),
  },
  {
    name: "private endpoint unknown during preview",
    expect: "unknown",
    resource: cluster({ privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: unknown() } }),
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
