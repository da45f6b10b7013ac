import { fixtures, unknown } from "@rampart/policy-testing";

const KV = "azure-native:keyvault:Vault";
const props = (p: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg",
  properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...p },
});

export default fixtures([
  { name: "public network access disabled", expect: "pass", resource: { type: KV, props: props({ publicNetworkAccess: "Disabled" }) } },
  {
    name: "public network access enabled",
    expect: "violate",
    message: 'publicNetworkAccess is not "Disabled"',
    resource: { type: KV, props: props({ publicNetworkAccess: "Enabled" }) },
  },
  {
    name: "vault with defaults (enabled)",
    expect: "violate",
    message: "publicNetworkAccess",
    resource: { type: KV, props: props({ networkAcls: { defaultAction: "Deny" } }) },
  },
  { name: "public network access unknown during preview", expect: "unknown", resource: { type: KV, props: props({ publicNetworkAccess: unknown() }) } },
  {
    name: "a secret is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Secret", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } },
  },
]);
