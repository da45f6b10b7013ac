import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

const TA = "flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration";

/**
 * NSG and virtual network flow logs should also reach a Log Analytics workspace through traffic
 * analytics (`flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled` with a
 * `workspaceResourceId`; off by default, so records stay in the storage account only).
 */
export default azurePolicy({
  name: "azure-network-flow-log-send-to-log-analytics",
  description: "Network security group and virtual network flow logs should be sent to Log Analytics with traffic analytics.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true, workspaceResourceId, workspaceId, workspaceRegion, trafficAnalyticsInterval: 10 } }` on the FlowLog.",
  url: "https://learn.microsoft.com/en-us/azure/network-watcher/traffic-analytics",
  resourceTypes: ["azure-native:network:FlowLog"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, `${TA}.enabled`, isTrue, false) !== "ok") {
      report(`${TA}.enabled is not true, so flow records are not sent to a Log Analytics workspace. Enable traffic analytics with a workspaceResourceId.`);
      return;
    }
    if (checkSetting(props, `${TA}.workspaceResourceId`, (x) => typeof x === "string" && x.length > 0, false) !== "ok") {
      report(`${TA}.workspaceResourceId is not set, so traffic analytics has no Log Analytics workspace. Set workspaceResourceId.`);
    }
  },
});
