import { fixtures, unknown } from "@rampart/policy-testing";

const WS = "azure-native:operationalinsights:Workspace";
const ws = (retentionInDays?: unknown) => ({
  type: WS,
  props: { resourceGroupName: "rg", sku: { name: "PerGB2018" }, ...(retentionInDays === undefined ? {} : { retentionInDays }) },
});

export default fixtures([
  { name: "30 days", expect: "pass", resource: ws(30) },
  { name: "default retention", expect: "pass", resource: ws() },
  { name: "90 days in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: ws(90) },
  {
    name: "730 days outside production",
    expect: "violate",
    message: "retentionInDays is 730, above the non-production cap nonProductionMaxRetentionDays = 31",
    resource: ws(730),
  },
  {
    name: "table with long interactive retention",
    expect: "violate",
    message: "retentionInDays is 180",
    resource: { type: "azure-native:operationalinsights:Table", props: { resourceGroupName: "rg", workspaceName: "ws", retentionInDays: 180 } },
  },
  {
    name: "table using the workspace retention",
    expect: "pass",
    resource: {
      type: "azure-native:operationalinsights:Table",
      props: { resourceGroupName: "rg", workspaceName: "ws", retentionInDays: -1, totalRetentionInDays: 365 },
    },
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxRetentionDays: 90 }, resource: ws(90) },
  { name: "retention unknown", expect: "unknown", resource: ws(unknown()) },
]);
