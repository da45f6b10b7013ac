import { fixtures, unknown } from "@rampart/policy-testing";

const KV = "azure-native:keyvault:Vault";
const props = (p: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg",
  properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...p },
});

export default fixtures([
  {
    name: "deny by default with trusted services",
    expect: "pass",
    resource: { type: KV, props: props({ networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } }) },
  },
  { name: "public network access disabled", expect: "pass", resource: { type: KV, props: props({ publicNetworkAccess: "disabled" }) } },
  {
    name: "allow by default",
    expect: "violate",
    message: 'networkAcls.defaultAction is not "Deny"',
    resource: { type: KV, props: props({ networkAcls: { defaultAction: "Allow" } }) },
  },
  { name: "vault with defaults (open to all networks)", expect: "violate", message: "any network", resource: { type: KV, props: props() } },
  { name: "default action unknown during preview", expect: "unknown", resource: { type: KV, props: props({ networkAcls: { defaultAction: unknown() } }) } },
  {
    name: "a managed HSM is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:ManagedHsm", props: { resourceGroupName: "rg", properties: {} } },
  },
]);
