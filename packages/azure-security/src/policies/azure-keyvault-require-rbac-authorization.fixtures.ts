import { fixtures, unknown } from "@rampart/policy-testing";

const KV = "azure-native:keyvault:Vault";
const props = (p: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg",
  properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...p },
});

export default fixtures([
  { name: "RBAC authorization on", expect: "pass", resource: { type: KV, props: props({ enableRbacAuthorization: true }) } },
  {
    name: "access policies (false)",
    expect: "violate",
    message: "enableRbacAuthorization is not true",
    resource: { type: KV, props: props({ enableRbacAuthorization: false, accessPolicies: [] }) },
  },
  { name: "vault with defaults (false)", expect: "violate", message: "enableRbacAuthorization", resource: { type: KV, props: props() } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: KV, props: props({ enableRbacAuthorization: unknown() }) } },
  {
    name: "an access policy is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:AccessPolicy", props: { resourceGroupName: "rg", vaultName: "v", policy: {} } },
  },
]);
