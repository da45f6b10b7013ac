import { expiryPolicy } from "../lib/keyvault";

/** Key Vault secrets should expire (`properties.attributes.expires`, seconds since the epoch; no expiry by default). */
export default expiryPolicy({
  name: "azure-keyvault-secret-require-expiration",
  description: "Key Vault secrets should have an expiration date.",
  remediationSteps: "Set `properties.attributes.expires` on the secret (seconds since 1970-01-01 UTC) and rotate the secret before it expires.",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets",
  item: "secret",
});
