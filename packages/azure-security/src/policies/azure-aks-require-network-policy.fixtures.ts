import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

export default fixtures([
  {
    name: "Azure CNI with Azure network policy",
    expect: "pass",
    resource: { type: AKS, props: { ...AKS_BASE, networkProfile: { networkPlugin: "azure", networkPolicy: "azure" } } },
  },
  {
    name: "Cilium dataplane with Cilium policy",
    expect: "pass",
    resource: {
      type: AKS,
      props: { ...AKS_BASE, networkProfile: { networkPlugin: "azure", networkPluginMode: "overlay", networkDataplane: "cilium", networkPolicy: "cilium" } },
    },
  },
  { name: "cluster with defaults", expect: "violate", message: "networkProfile.networkPolicy is not set", resource: { type: AKS, props: AKS_BASE } },
  {
    name: "network policy none",
    expect: "violate",
    message: 'networkProfile.networkPolicy is "none"',
    resource: { type: AKS, props: { ...AKS_BASE, networkProfile: { networkPlugin: "kubenet", networkPolicy: "none" } } },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: AKS, props: { ...AKS_BASE, networkProfile: { networkPolicy: unknown() } } } },
  {
    name: "a registry is not a cluster",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
