import { expiryPolicy } from "../lib/keyvault";

/** Key Vault keys should expire (`properties.attributes.expires`, seconds since the epoch; no expiry by default). */
export default expiryPolicy({
  name: "azure-keyvault-key-require-expiration",
  description: "Key Vault keys should have an expiration date.",
  remediationSteps: "Set `properties.attributes.expires` on the key (seconds since 1970-01-01 UTC), and a rotation policy that renews it before then.",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys-details#key-attributes",
  item: "key",
});
