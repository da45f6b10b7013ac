import { fixtures, unknown } from "@rampart/policy-testing";

const V = "azure-native:keyvault:Vault";
const D = "azure-native:monitor:DiagnosticSetting";
const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-prod";
const workspaceId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const vault = {
  type: V,
  name: "kv",
  props: { id, resourceGroupName: "rg", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" } } },
};

export default fixtures([
  {
    name: "vault with audit logs to a workspace",
    expect: "pass",
    resources: [
      vault,
      {
        type: D,
        name: "kv-diag",
        props: {
          resourceUri: id,
          workspaceId,
          logs: [
            { categoryGroup: "audit", enabled: true },
            { categoryGroup: "allLogs", enabled: true },
          ],
        },
      },
    ],
  },
  {
    name: "linked by dependency during preview",
    expect: "pass",
    resources: [
      { ...vault, props: { ...vault.props, id: unknown() } },
      {
        type: D,
        name: "kv-diag",
        props: { resourceUri: unknown(), workspaceId, logs: [{ category: "AuditEvent", enabled: true }] },
        propertyDependencies: { resourceUri: ["kv"] },
      },
    ],
  },
  {
    name: "vault without a diagnostic setting",
    expect: "violate",
    target: "kv",
    message: 'Key vault "kv" has no monitor.DiagnosticSetting',
    resources: [vault],
  },
  {
    name: "setting with metrics only",
    expect: "violate",
    target: "kv",
    message: "no diagnostic setting for it enables the audit",
    resources: [vault, { type: D, name: "kv-diag", props: { resourceUri: id, workspaceId, metrics: [{ category: "AllMetrics", enabled: true }] } }],
  },
  {
    name: "setting for another resource",
    expect: "violate",
    target: "kv",
    message: "has no monitor.DiagnosticSetting",
    resources: [
      vault,
      {
        type: D,
        name: "other-diag",
        props: {
          resourceUri: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/sql",
          workspaceId,
          logs: [{ categoryGroup: "audit", enabled: true }],
        },
      },
    ],
  },
  {
    name: "audit enabled flag unknown during preview",
    expect: "unknown",
    resources: [vault, { type: D, name: "kv-diag", props: { resourceUri: id, workspaceId, logs: [{ categoryGroup: "audit", enabled: unknown() }] } }],
  },
]);
