import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { DATABRICKS_WORKSPACE } from "../lib/databricks";
import { sameText } from "../lib/settings";

/** Where a workspace names a customer-managed key: managed services, managed disks, DBFS root. */
const KEY_SOURCES = [
  "encryption.entities.managedServices.keySource",
  "encryption.entities.managedDisk.keySource",
  "parameters.encryption.value.keySource",
] as const;

/**
 * Databricks workspaces with critical data should encrypt it with a customer-managed key
 * (keySource "Microsoft.Keyvault" for managed services, managed disks or the DBFS root); by
 * default every store uses Microsoft-managed keys. Advisory (CIS Level 2: scope it to the
 * workspaces that need CMK).
 */
export default azurePolicy({
  name: "azure-databricks-require-customer-managed-key",
  description: "Databricks workspaces encrypt managed services, managed disks or the DBFS root with a customer-managed Key Vault key.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'On a Premium workspace set `encryption: { entities: { managedServices: { keySource: "Microsoft.Keyvault", keyVaultProperties: {...} }, managedDisk: { keySource: "Microsoft.Keyvault", keyVaultProperties: {...} } } }` (and for DBFS `parameters.prepareEncryption` then `parameters.encryption`), granting the workspace get/wrapKey/unwrapKey on the key.',
  url: "https://learn.microsoft.com/en-us/azure/databricks/security/keys/customer-managed-keys",
  resourceTypes: [DATABRICKS_WORKSPACE],
  validateResource: ({ props }, report) => {
    let pending: string | undefined;
    for (const path of KEY_SOURCES) {
      const v = peek<unknown>(props, path);
      if (v.state === "known" && sameText(v.value, "Microsoft.Keyvault")) return;
      if (v.state === "unknown") pending ??= path;
    }
    if (pending) return requireKnown(props, pending);
    report(
      "no customer-managed key is configured (encryption.entities.managedServices, encryption.entities.managedDisk and parameters.encryption have no keySource Microsoft.Keyvault): the workspace data uses Microsoft-managed keys by default. Configure a Key Vault key where CMK is required.",
    );
  },
});
