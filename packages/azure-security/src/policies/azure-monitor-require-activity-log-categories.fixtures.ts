import { fixtures, unknown } from "@rampart/policy-testing";

const S = "azure-native:monitor:SubscriptionDiagnosticSetting";
const workspaceId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const cat = (category: string, enabled: unknown = true) => ({ category, enabled });

export default fixtures([
  {
    name: "the four categories to a workspace",
    expect: "pass",
    resource: {
      type: S,
      props: { name: "activity", workspaceId, logs: ["Administrative", "Alert", "Policy", "Security", "ServiceHealth"].map((c) => cat(c)) },
    },
  },
  {
    name: "allLogs group",
    expect: "pass",
    resource: { type: S, props: { name: "activity", storageAccountId: "/subscriptions/s/x", logs: [{ categoryGroup: "allLogs", enabled: true }] } },
  },
  {
    name: "destination unknown during preview counts as set",
    expect: "pass",
    resource: { type: S, props: { name: "activity", workspaceId: unknown(), logs: [{ categoryGroup: "allLogs", enabled: true }] } },
  },
  {
    name: "Security and Policy missing",
    expect: "violate",
    message: "logs does not enable Policy, Security",
    resource: { type: S, props: { name: "activity", workspaceId, logs: [cat("Administrative"), cat("Alert"), cat("Policy", false)] } },
  },
  {
    name: "no destination",
    expect: "violate",
    message: "so the activity log goes nowhere",
    resource: { type: S, props: { name: "activity", logs: [{ categoryGroup: "allLogs", enabled: true }] } },
  },
  {
    name: "enabled flag unknown during preview",
    expect: "unknown",
    resource: { type: S, props: { name: "activity", workspaceId, logs: [cat("Administrative"), cat("Alert"), cat("Policy"), cat("Security", unknown())] } },
  },
  {
    name: "a resource diagnostic setting is not the activity log",
    expect: "not-applicable",
    resource: { type: "azure-native:monitor:DiagnosticSetting", props: { resourceUri: "/subscriptions/s/x", workspaceId } },
  },
]);
