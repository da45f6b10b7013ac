import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

export default fixtures([
  { name: "cluster with the add-on", expect: "pass", resource: { type: AKS, props: { ...AKS_BASE, addonProfiles: { azurepolicy: { enabled: true } } } } },
  { name: "cluster with defaults", expect: "violate", message: "addonProfiles.azurepolicy.enabled is not set", resource: { type: AKS, props: AKS_BASE } },
  {
    name: "other add-ons only",
    expect: "violate",
    message: "addonProfiles.azurepolicy.enabled is not set",
    resource: {
      type: AKS,
      props: { ...AKS_BASE, addonProfiles: { omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: "/subscriptions/s/x" } } } },
    },
  },
  {
    name: "add-on disabled",
    expect: "violate",
    message: "addonProfiles.azurepolicy.enabled is false",
    resource: { type: AKS, props: { ...AKS_BASE, addonProfiles: { azurepolicy: { enabled: false } } } },
  },
  {
    name: "add-on flag unknown during preview",
    expect: "unknown",
    resource: { type: AKS, props: { ...AKS_BASE, addonProfiles: { azurepolicy: { enabled: unknown() } } } },
  },
  {
    name: "a registry is not a cluster",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
