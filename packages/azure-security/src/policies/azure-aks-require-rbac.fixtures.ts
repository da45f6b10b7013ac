import { AKS, AKS_BASE } from "../lib/aks";
import { optionalFlagFixtures } from "../lib/flag.fixtures-kit";

export default optionalFlagFixtures(
  { type: AKS, props: AKS_BASE },
  ["enableRBAC", false, true],
  ["cluster with defaults (RBAC on)", "cluster with RBAC on", "cluster with RBAC off", "RBAC flag unknown during preview"],
  ["a container registry is not a cluster", "azure-native:containerregistry:Registry", { resourceGroupName: "rg", sku: { name: "Basic" } }],
);
