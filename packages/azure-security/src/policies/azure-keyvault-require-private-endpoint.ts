import { VAULT } from "../lib/keyvault";
import { privateEndpointPolicy } from "../lib/private-endpoint";

/**
 * Key vaults should be reached through a private endpoint: an `azure-native:network:PrivateEndpoint`
 * of the stack whose private link connection names the vault (by property dependency or id).
 * Advisory: the endpoint may be managed in another stack.
 */
export default privateEndpointPolicy({
  name: "azure-keyvault-require-private-endpoint",
  description: "Key vaults should be reached through a private endpoint.",
  remediationSteps:
    'Create an azure-native.network.PrivateEndpoint in your virtual network with `privateLinkServiceConnections: [{ name: "vault", privateLinkServiceId: vault.id, groupIds: ["vault"] }]` and a privatelink.vaultcore.azure.net DNS zone.',
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service",
  target: VAULT,
  message: "No private endpoint in the stack connects to this key vault. Add a PrivateEndpoint whose privateLinkServiceConnections name the vault.",
});
