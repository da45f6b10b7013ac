import { fixtures, unknown } from "@rampart/policy-testing";

const BA = "azure-native:sql:ServerBlobAuditingPolicy";
const base = {
  resourceGroupName: "rg",
  serverName: "sql01",
  blobAuditingPolicyName: "default",
  state: "Enabled",
  storageEndpoint: "https://audit01.blob.core.windows.net",
};

export default fixtures([
  { name: "kept 180 days", expect: "pass", resource: { type: BA, props: { ...base, retentionDays: 180 } } },
  { name: "kept without limit (default 0)", expect: "pass", resource: { type: BA, props: base } },
  {
    name: "Azure Monitor target only",
    expect: "pass",
    resource: { type: BA, props: { resourceGroupName: "rg", serverName: "sql01", state: "Enabled", isAzureMonitorTargetEnabled: true, retentionDays: 7 } },
  },
  { name: "kept 30 days", expect: "violate", message: "retentionDays is less than 90", resource: { type: BA, props: { ...base, retentionDays: 30 } } },
  {
    name: "extended auditing kept 7 days",
    expect: "violate",
    message: "retentionDays",
    resource: { type: "azure-native:sql:ExtendedServerBlobAuditingPolicy", props: { ...base, retentionDays: 7 } },
  },
  { name: "retention unknown during preview", expect: "unknown", resource: { type: BA, props: { ...base, retentionDays: unknown() } } },
  {
    name: "a database auditing policy is not a server one",
    expect: "not-applicable",
    resource: { type: "azure-native:sql:DatabaseBlobAuditingPolicy", props: { ...base, databaseName: "app" } },
  },
]);
