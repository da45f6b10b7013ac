import { fixtures, unknown } from "@rampart/policy-testing";
import { FLOW_LOG, flowLogBase } from "../lib/network.fixtures-kit";

const base = flowLogBase("nsg");

export default fixtures([
  {
    name: "enabled, kept 90 days",
    expect: "pass",
    resource: { type: FLOW_LOG, props: { ...base, enabled: true, retentionPolicy: { enabled: true, days: 90 } } },
  },
  {
    name: "enabled, kept indefinitely (0 days)",
    expect: "pass",
    resource: { type: FLOW_LOG, props: { ...base, enabled: true, retentionPolicy: { enabled: true, days: 0 } } },
  },
  { name: "enabled, no retention policy (nothing deleted)", expect: "pass", resource: { type: FLOW_LOG, props: { ...base, enabled: true } } },
  {
    name: "kept 30 days",
    expect: "violate",
    message: "retentionPolicy.days is less than 90",
    resource: { type: FLOW_LOG, props: { ...base, enabled: true, retentionPolicy: { enabled: true, days: 30 } } },
  },
  {
    name: "flow log disabled",
    expect: "violate",
    message: "enabled is false",
    resource: { type: FLOW_LOG, props: { ...base, enabled: false, retentionPolicy: { enabled: true, days: 90 } } },
  },
  {
    name: "retention days unknown during preview",
    expect: "unknown",
    resource: { type: FLOW_LOG, props: { ...base, enabled: true, retentionPolicy: { enabled: true, days: unknown() } } },
  },
  {
    name: "a network watcher is not a flow log",
    expect: "not-applicable",
    resource: { type: "azure-native:network:NetworkWatcher", props: { resourceGroupName: "NetworkWatcherRG" } },
  },
]);
