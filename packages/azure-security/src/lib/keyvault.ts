/**
 * Key Vault type tokens of azure-native 3 (keyvault/vault.d.ts, key.d.ts, secret.d.ts) and the
 * check shared by the key and secret expiration policies: an item's settings are under
 * `properties`, its expiry in `properties.attributes.expires` (seconds since the epoch; none by
 * default).
 */
import { isSet } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** A key vault. */
export const VAULT = "azure-native:keyvault:Vault";
/** A key in a vault. */
export const KEY = "azure-native:keyvault:Key";
/** A secret in a vault. */
export const SECRET = "azure-native:keyvault:Secret";

/** What sets one expiration policy apart from the other (see `expiryPolicy`). */
export interface ExpiryPolicySpec {
  /** Policy name, `azure-keyvault-<item>-require-expiration`. */
  name: string;
  description: string;
  remediationSteps: string;
  url: string;
  /** The item the policy checks: a key or a secret. */
  item: "key" | "secret";
}

/**
 * An advisory policy (medium) on a vault's keys or secrets: `properties.attributes.expires` must
 * be set (an expiry unknown during preview counts as set).
 */
export function expiryPolicy(spec: ExpiryPolicySpec) {
  const { item, ...text } = spec;
  return azurePolicy({
    ...text,
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: [item === "key" ? KEY : SECRET],
    validateResource: ({ props }, report) => {
      if (!isSet(props, "properties.attributes.expires"))
        report(`properties.attributes.expires is not set, so the ${item} never expires. Set an expiration date and rotate the ${item} before it.`);
    },
  });
}
