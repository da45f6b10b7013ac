/** Fixture builders for the network policies on Network Watcher flow logs (`azure-native:network:FlowLog`). */

/** The flow log type token. */
export const FLOW_LOG = "azure-native:network:FlowLog";

/**
 * Props of a flow log in the default Network Watcher of westeurope that writes to a storage
 * account, for the resource `target` ("nsg" or "vnet"), with `extra` added.
 */
export function flowLogBase(target: "nsg" | "vnet", extra: Record<string, unknown> = {}) {
  return {
    resourceGroupName: "NetworkWatcherRG",
    networkWatcherName: "NetworkWatcher_westeurope",
    storageId: "/subscriptions/0000/sa",
    targetResourceId: `/subscriptions/0000/${target}`,
    ...extra,
  };
}
