import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

export default fixtures([
  {
    name: "cluster with managed Entra ID and Azure RBAC",
    expect: "pass",
    resource: { type: AKS, props: { ...AKS_BASE, aadProfile: { managed: true, enableAzureRBAC: true } } },
  },
  { name: "cluster without Entra ID", expect: "violate", message: "aadProfile.managed is not set", resource: { type: AKS, props: AKS_BASE } },
  {
    name: "cluster with the legacy integration",
    expect: "violate",
    message: "aadProfile.managed is false",
    resource: { type: AKS, props: { ...AKS_BASE, aadProfile: { managed: false, serverAppID: "00000000-0000-0000-0000-000000000001" } } },
  },
  { name: "managed flag unknown during preview", expect: "unknown", resource: { type: AKS, props: { ...AKS_BASE, aadProfile: { managed: unknown() } } } },
  {
    name: "a registry is not a cluster",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
