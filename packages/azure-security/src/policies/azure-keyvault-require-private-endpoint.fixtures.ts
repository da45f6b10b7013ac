import { fixtures, unknown } from "@rampart/policy-testing";

const KV = "azure-native:keyvault:Vault";
const PE = "azure-native:network:PrivateEndpoint";
const vault = {
  type: KV,
  name: "vault",
  props: { resourceGroupName: "rg", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" } } },
};
const id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/vault01";

export default fixtures([
  {
    name: "private endpoint linked by property dependency",
    expect: "pass",
    resources: [
      vault,
      {
        type: PE,
        name: "vault-pe",
        props: { resourceGroupName: "rg", privateLinkServiceConnections: [{ name: "vault", privateLinkServiceId: unknown(), groupIds: ["vault"] }] },
        propertyDependencies: { privateLinkServiceConnections: ["vault"] },
      },
    ],
  },
  {
    name: "private endpoint linked by id",
    expect: "pass",
    resources: [
      { ...vault, props: { ...vault.props, id } },
      {
        type: PE,
        name: "vault-pe",
        props: { resourceGroupName: "rg", privateLinkServiceConnections: [{ name: "vault", privateLinkServiceId: id, groupIds: ["vault"] }] },
      },
    ],
  },
  {
    name: "vault without private endpoint",
    expect: "violate",
    target: "vault",
    message: "No private endpoint in the stack connects to this key vault",
    resources: [vault],
  },
  {
    name: "endpoint of another resource",
    expect: "violate",
    target: "vault",
    message: "No private endpoint",
    resources: [
      { ...vault, props: { ...vault.props, id } },
      {
        type: PE,
        name: "other-pe",
        props: {
          resourceGroupName: "rg",
          privateLinkServiceConnections: [{ name: "x", privateLinkServiceId: "/subscriptions/0000/other", groupIds: ["blob"] }],
        },
      },
    ],
  },
  {
    name: "endpoint target unknown during preview, no dependency",
    expect: "unknown",
    resources: [
      vault,
      { type: PE, name: "vault-pe", props: { resourceGroupName: "rg", privateLinkServiceConnections: [{ name: "vault", privateLinkServiceId: unknown() }] } },
    ],
  },
  {
    name: "no vault in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:keyvault:Secret", name: "s", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } }],
  },
]);
