import { privateEndpointPolicy } from "../lib/private-endpoint";
import { STORAGE_ACCOUNT } from "../lib/storage";

/**
 * Storage accounts should be reached through private endpoints: an
 * `azure-native:network:PrivateEndpoint` of the stack whose private link connection names the
 * account (by property dependency or id). Advisory: the endpoint may be managed in another stack.
 */
export default privateEndpointPolicy({
  name: "azure-storage-require-private-endpoint",
  description: "Storage accounts should be reached through private endpoints.",
  remediationSteps:
    'Create an azure-native.network.PrivateEndpoint per storage service used, e.g. `privateLinkServiceConnections: [{ name: "blob", privateLinkServiceId: account.id, groupIds: ["blob"] }]`, with the matching privatelink DNS zone.',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-private-endpoints",
  target: STORAGE_ACCOUNT,
  message: "No private endpoint in the stack connects to this storage account. Add a PrivateEndpoint whose privateLinkServiceConnections name the account.",
});
