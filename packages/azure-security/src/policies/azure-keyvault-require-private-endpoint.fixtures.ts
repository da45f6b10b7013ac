import { fixtures, unknown } from "@rampart/policy-testing";
import { endpointByDependency, endpointById } from "../lib/private-endpoint.fixtures-kit";

const KV = "azure-native:keyvault:Vault";
const PE = "azure-native:network:PrivateEndpoint";
const vault = {
  type: KV,
  name: "vault",
  props: { resourceGroupName: "rg", properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" } } },
};
const conn = { name: "vault", groupIds: ["vault"] };
const id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/vault01";

export default fixtures([
  {
    name: "private endpoint linked by property dependency",
    expect: "pass",
    resources: [vault, endpointByDependency("vault-pe", "vault", conn)],
  },
  {
    name: "private endpoint linked by id",
    expect: "pass",
    resources: [{ ...vault, props: { ...vault.props, id } }, endpointById("vault-pe", id, conn)],
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
    resources: [{ ...vault, props: { ...vault.props, id } }, endpointById("other-pe", "/subscriptions/0000/other", { name: "x", groupIds: ["blob"] })],
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
