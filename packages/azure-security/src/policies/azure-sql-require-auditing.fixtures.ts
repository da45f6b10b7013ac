import { fixtures, unknown } from "@rampart/policy-testing";

const S = "azure-native:sql:Server";
const BA = "azure-native:sql:ServerBlobAuditingPolicy";
const EBA = "azure-native:sql:ExtendedServerBlobAuditingPolicy";
const server = { type: S, name: "sql", props: { resourceGroupName: "rg", serverName: "sql01" } };
const audit = (type: string, p: Record<string, unknown>) => ({
  type,
  name: "audit",
  props: { resourceGroupName: "rg", serverName: "sql01", blobAuditingPolicyName: "default", ...p },
});

export default fixtures([
  { name: "auditing to Azure Monitor", expect: "pass", resources: [server, audit(BA, { state: "Enabled", isAzureMonitorTargetEnabled: true })] },
  {
    name: "extended auditing to storage",
    expect: "pass",
    resources: [server, audit(EBA, { state: "Enabled", storageEndpoint: "https://audit01.blob.core.windows.net", retentionDays: 90 })],
  },
  { name: "auditing disabled", expect: "violate", target: "audit", message: 'state is not "Enabled"', resources: [server, audit(BA, { state: "Disabled" })] },
  {
    name: "auditing policy of a server outside the stack, disabled",
    expect: "violate",
    target: "audit",
    message: "not audited",
    resources: [audit(BA, { state: "Disabled", serverName: "other01" })],
  },
  { name: "server without auditing policy", expect: "advisory", message: "no server auditing policy in the stack", resources: [server] },
  { name: "state unknown during preview", expect: "unknown", resources: [server, audit(BA, { state: unknown() })] },
  {
    name: "no server or auditing policy in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:sql:Database", name: "db", props: { resourceGroupName: "rg", serverName: "sql01" } }],
  },
]);
