import { isSet } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** Key Vault keys should expire (`properties.attributes.expires`, seconds since the epoch; no expiry by default). */
export default azurePolicy({
  name: "azure-keyvault-key-require-expiration",
  description: "Key Vault keys should have an expiration date.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `properties.attributes.expires` on the key (seconds since 1970-01-01 UTC), and a rotation policy that renews it before then.",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys-details#key-attributes",
  resourceTypes: ["azure-native:keyvault:Key"],
  validateResource: ({ props }, report) => {
    // An expiry that is unknown during preview is set.
    if (!isSet(props, "properties.attributes.expires")) {
      report("properties.attributes.expires is not set, so the key never expires. Set an expiration date and rotate the key before it.");
    }
  },
});
