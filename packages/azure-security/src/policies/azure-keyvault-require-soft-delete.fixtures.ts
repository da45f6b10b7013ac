import { fixtures, unknown } from "@rampart/policy-testing";

const KV = "azure-native:keyvault:Vault";
const props = (p: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg",
  properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...p },
});

export default fixtures([
  { name: "vault with defaults (soft delete on)", expect: "pass", resource: { type: KV, props: props() } },
  { name: "soft delete on for 90 days", expect: "pass", resource: { type: KV, props: props({ enableSoftDelete: true, softDeleteRetentionInDays: 90 }) } },
  {
    name: "soft delete off",
    expect: "violate",
    message: "properties.enableSoftDelete is false",
    resource: { type: KV, props: props({ enableSoftDelete: false }) },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: KV, props: props({ enableSoftDelete: unknown() }) } },
  {
    name: "a secret is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Secret", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } },
  },
]);
