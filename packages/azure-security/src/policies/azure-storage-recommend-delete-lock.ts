import { peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { LOCK_TYPES, lockedBy } from "../lib/locks";
import { STORAGE_ACCOUNT } from "../lib/storage";

/**
 * Storage accounts should be protected from deletion by an Azure Resource Manager lock of level
 * CanNotDelete (or ReadOnly, which also blocks deletion) on the account, its resource group or its
 * subscription. Advisory: locks are often managed outside the stack.
 */
export default azurePolicy({
  name: "azure-storage-recommend-delete-lock",
  description: "Storage accounts are protected by a CanNotDelete (or ReadOnly) resource lock on the account, its resource group or its subscription.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `new azure_native.authorization.ManagementLockByScope("...", { scope: account.id, level: "CanNotDelete", notes: "..." })` for each storage account (or a ManagementLockAtResourceLevel with resourceProviderNamespace "Microsoft.Storage", resourceType "storageAccounts").',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/lock-account-resource",
  resourceTypes: [STORAGE_ACCOUNT, ...LOCK_TYPES],
  validateStack: ({ index }, report) => {
    for (const account of index.ofType(STORAGE_ACCOUNT)) {
      const name = peek<unknown>(account.props, "accountName");
      const r = lockedBy(
        index,
        { resource: account, name: name.state === "known" && typeof name.value === "string" ? name.value : undefined, armType: "storageaccounts" },
        ["cannotdelete", "readonly"],
      );
      if (r === "yes") continue;
      if (r === "maybe") report.unknown("a resource lock whose level or target is not known yet may protect this storage account.", account.urn);
      else
        report(
          "No CanNotDelete or ReadOnly lock in the stack protects this storage account (on the account, its resource group or its subscription): anyone with delete rights can remove it with all its data. Add a CanNotDelete lock.",
          account.urn,
        );
    }
  },
});
