import { fixtures, unknown } from "@rampart/policy-testing";
import { VAULT } from "../lib/keyvault";
import { vaultProps } from "../lib/keyvault.fixtures-kit";

export default fixtures([
  { name: "purge protection on", expect: "pass", resource: { type: VAULT, props: vaultProps({ enablePurgeProtection: true }) } },
  { name: "vault with defaults (off)", expect: "violate", message: "enablePurgeProtection is not true", resource: { type: VAULT, props: vaultProps() } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: VAULT, props: vaultProps({ enablePurgeProtection: unknown() }) } },
  {
    name: "a key is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Key", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } },
  },
]);
