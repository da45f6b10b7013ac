import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

export default fixtures([
  { name: "cluster with defaults (RBAC on)", expect: "pass", resource: { type: AKS, props: AKS_BASE } },
  { name: "cluster with RBAC on", expect: "pass", resource: { type: AKS, props: { ...AKS_BASE, enableRBAC: true } } },
  { name: "cluster with RBAC off", expect: "violate", message: "enableRBAC is false", resource: { type: AKS, props: { ...AKS_BASE, enableRBAC: false } } },
  { name: "RBAC flag unknown during preview", expect: "unknown", resource: { type: AKS, props: { ...AKS_BASE, enableRBAC: unknown() } } },
  {
    name: "a container registry is not a cluster",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
