import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

export default fixtures([
  { name: "Entra ID-only cluster", expect: "pass", resource: { type: AKS, props: { ...AKS_BASE, aadProfile: { managed: true }, disableLocalAccounts: true } } },
  { name: "cluster with defaults", expect: "violate", message: "disableLocalAccounts is not set", resource: { type: AKS, props: AKS_BASE } },
  {
    name: "local accounts explicitly on",
    expect: "violate",
    message: "disableLocalAccounts is false",
    resource: { type: AKS, props: { ...AKS_BASE, disableLocalAccounts: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: AKS, props: { ...AKS_BASE, disableLocalAccounts: unknown() } } },
  {
    name: "a registry is not a cluster",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
