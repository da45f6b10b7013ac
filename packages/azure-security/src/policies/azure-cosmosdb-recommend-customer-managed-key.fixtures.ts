import { fixtures, unknown } from "@rampart/policy-testing";
import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";

export default fixtures([
  {
    name: "account with a customer-managed key",
    expect: "pass",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, keyVaultKeyUri: "https://kv.vault.azure.net/keys/cosmos" } },
  },
  { name: "key URI unknown during preview counts as set", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, keyVaultKeyUri: unknown() } } },
  { name: "account with defaults", expect: "violate", message: "keyVaultKeyUri is not set", resource: { type: COSMOS, props: COSMOS_BASE } },
  registryIsNot("a Cosmos DB account"),
]);
