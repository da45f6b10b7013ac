import { isSet } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** Key Vault secrets should expire (`properties.attributes.expires`, seconds since the epoch; no expiry by default). */
export default azurePolicy({
  name: "azure-keyvault-secret-require-expiration",
  description: "Key Vault secrets should have an expiration date.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `properties.attributes.expires` on the secret (seconds since 1970-01-01 UTC) and rotate the secret before it expires.",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets",
  resourceTypes: ["azure-native:keyvault:Secret"],
  validateResource: ({ props }, report) => {
    if (!isSet(props, "properties.attributes.expires")) {
      report("properties.attributes.expires is not set, so the secret never expires. Set an expiration date and rotate the secret before it.");
    }
  },
});
