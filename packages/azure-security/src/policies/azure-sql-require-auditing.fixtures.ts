import { fixtures, unknown } from "@rampart/policy-testing";
import { noSqlServerCase, sqlCompanion, SQL_SERVER_RESOURCE } from "../lib/sql.fixtures-kit";

const BA = "azure-native:sql:ServerBlobAuditingPolicy";
const EBA = "azure-native:sql:ExtendedServerBlobAuditingPolicy";
const server = SQL_SERVER_RESOURCE;
const audit = (type: string, p: Record<string, unknown>) => sqlCompanion(type, "audit", { blobAuditingPolicyName: "default" })(p);

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
  noSqlServerCase("no server or auditing policy in the stack"),
]);
