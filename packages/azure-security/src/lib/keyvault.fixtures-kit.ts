/** Fixture builders for the Key Vault policies (lib/keyvault.ts). */

/** Props of a standard vault in resource group "rg" with `p` added to its `properties`. */
export function vaultProps(p: Record<string, unknown> = {}) {
  return {
    resourceGroupName: "rg",
    properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" }, ...p },
  };
}
