import { AKS, AKS_BASE } from "../lib/aks";
import { requiredFlagFixtures } from "../lib/flag.fixtures-kit";

export default requiredFlagFixtures({ type: AKS, props: AKS_BASE }, ["disableLocalAccounts", true, false], {
  names: ["Entra ID-only cluster", "cluster with defaults", "local accounts explicitly on", "flag unknown during preview"],
  messages: ["disableLocalAccounts is not set", "disableLocalAccounts is false"],
  other: ["a registry is not a cluster", "azure-native:containerregistry:Registry", { resourceGroupName: "rg", sku: { name: "Basic" } }],
  goodProps: { aadProfile: { managed: true } },
});
