import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";

/** Key vaults should be reachable through private endpoints only (`properties.publicNetworkAccess` disabled; enabled by default). */
export default azurePolicy({
  name: "azure-keyvault-disable-public-network-access",
  description: "Key vaults should disable public network access and be reached through private endpoints.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` in the vault\'s properties and create an azure-native.network.PrivateEndpoint with groupIds ["vault"].',
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service",
  resourceTypes: ["azure-native:keyvault:Vault"],
  validateResource: ({ props }, report) => {
    const v = checkSetting(props, "properties.publicNetworkAccess", (x) => sameText(x, "Disabled"), false);
    if (v !== "ok")
      report(
        'properties.publicNetworkAccess is not "Disabled", so the vault\'s public endpoint is reachable. Set publicNetworkAccess to "Disabled" and use a private endpoint.',
      );
  },
});
