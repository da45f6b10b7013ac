import { fixtures, unknown } from "@rampart/policy-testing";
import { FLOW_LOG, flowLogBase } from "../lib/network.fixtures-kit";

const base = flowLogBase("vnet", { enabled: true });
const ws = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";

export default fixtures([
  {
    name: "traffic analytics to a workspace",
    expect: "pass",
    resource: {
      type: FLOW_LOG,
      props: {
        ...base,
        flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true, workspaceResourceId: ws, trafficAnalyticsInterval: 10 } },
      },
    },
  },
  {
    name: "workspace id unknown during preview",
    expect: "unknown",
    resource: {
      type: FLOW_LOG,
      props: { ...base, flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true, workspaceResourceId: unknown() } } },
    },
  },
  { name: "flow log without traffic analytics", expect: "violate", message: "enabled is not true", resource: { type: FLOW_LOG, props: base } },
  {
    name: "traffic analytics without a workspace",
    expect: "violate",
    message: "workspaceResourceId is not set",
    resource: { type: FLOW_LOG, props: { ...base, flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true } } } },
  },
  {
    name: "a network watcher is not a flow log",
    expect: "not-applicable",
    resource: { type: "azure-native:network:NetworkWatcher", props: { resourceGroupName: "NetworkWatcherRG" } },
  },
]);
