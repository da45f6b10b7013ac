import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

export default fixtures([
  { name: "private cluster", expect: "pass", resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { enablePrivateCluster: true } } } },
  {
    name: "authorized IP ranges",
    expect: "pass",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24", "198.51.100.7/32"] } } },
  },
  { name: "public network access disabled", expect: "pass", resource: { type: AKS, props: { ...AKS_BASE, publicNetworkAccess: "Disabled" } } },
  {
    name: "authorized ranges unknown but private cluster",
    expect: "pass",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { enablePrivateCluster: true, authorizedIPRanges: unknown() } } },
  },
  { name: "cluster with defaults (public API server)", expect: "violate", message: "authorizedIPRanges is empty", resource: { type: AKS, props: AKS_BASE } },
  {
    name: "authorized ranges open to everyone",
    expect: "violate",
    message: "contains 0.0.0.0/0",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { authorizedIPRanges: ["0.0.0.0/0"] } } },
  },
  {
    name: "private cluster explicitly off and no ranges",
    expect: "violate",
    message: "The API server is public",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { enablePrivateCluster: false, authorizedIPRanges: [] } } },
  },
  {
    name: "ranges unknown during preview",
    expect: "unknown",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { authorizedIPRanges: unknown() } } },
  },
  {
    name: "private flag unknown during preview",
    expect: "unknown",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { enablePrivateCluster: unknown() } } },
  },
  {
    name: "0.0.0.0/0 ranges but private flag unknown during preview (a private cluster ignores the ranges)",
    expect: "unknown",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { enablePrivateCluster: unknown(), authorizedIPRanges: ["0.0.0.0/0"] } } },
  },
  {
    name: "0.0.0.0/0 ranges but publicNetworkAccess unknown during preview",
    expect: "unknown",
    resource: { type: AKS, props: { ...AKS_BASE, publicNetworkAccess: unknown(), apiServerAccessProfile: { authorizedIPRanges: ["0.0.0.0/0"] } } },
  },
  {
    name: "0.0.0.0/0 ranges on a private cluster",
    expect: "pass",
    resource: { type: AKS, props: { ...AKS_BASE, apiServerAccessProfile: { enablePrivateCluster: true, authorizedIPRanges: ["0.0.0.0/0"] } } },
  },
  {
    name: "a registry is not a cluster",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
