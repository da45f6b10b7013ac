import { fixtures, unknown } from "@rampart/policy-testing";

const KV = "azure-native:keyvault:Vault";
const props = (p: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg",
  properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...p },
});

export default fixtures([
  { name: "purge protection on", expect: "pass", resource: { type: KV, props: props({ enablePurgeProtection: true }) } },
  { name: "vault with defaults (off)", expect: "violate", message: "enablePurgeProtection is not true", resource: { type: KV, props: props() } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: KV, props: props({ enablePurgeProtection: unknown() }) } },
  {
    name: "a key is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Key", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } },
  },
]);
