import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  { name: "account with defaults (off for new accounts)", expect: "pass", resource: { type: SA, props: base } },
  { name: "cross-tenant replication off", expect: "pass", resource: { type: SA, props: { ...base, allowCrossTenantReplication: false } } },
  {
    name: "cross-tenant replication on",
    expect: "violate",
    message: "allowCrossTenantReplication is true",
    resource: { type: SA, props: { ...base, allowCrossTenantReplication: true } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, allowCrossTenantReplication: unknown() } } },
  {
    name: "an object replication policy is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:ObjectReplicationPolicy", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
