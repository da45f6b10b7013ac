/** Shared names of the AKS policies (containerservice/managedCluster.d.ts). */

/** Type token of an AKS cluster (azure-native 3). */
export const AKS = "azure-native:containerservice:ManagedCluster";

/** A minimal AKS cluster's inputs, for fixtures and docs. */
export const AKS_BASE = {
  resourceGroupName: "rg",
  dnsPrefix: "app",
  agentPoolProfiles: [{ name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5" }],
  identity: { type: "SystemAssigned" },
} as const;
