import { peek, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";

const SA = "azure-native:storage:StorageAccount";
const MP = "azure-native:storage:ManagementPolicy";

/**
 * Every blob-capable storage account has a lifecycle management policy, linked through the
 * policy's `accountName` (the account's name) or, during preview, its property dependency.
 */
export default costPolicy({
  name: "azure-storage-require-lifecycle-management",
  description: "Azure storage accounts holding blobs have a lifecycle management policy that tiers or deletes aging data.",
  severity: "low",
  remediationSteps:
    'Add an azure-native storage.ManagementPolicy (managementPolicyName "default") for the account with rules that move blobs to Cool/Cold/Archive after N days since modification and delete old versions and snapshots.',
  url: "https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview",
  tags: ["storage"],
  resourceTypes: [SA],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [SA], companionTypes: [MP], linkProperty: "accountName", targetKeys: ["accountName", "name"] });
    for (const account of index.ofType(SA)) {
      // FileStorage accounts hold no blobs.
      const kind = peek<string>(account.props, "kind");
      if (kind.state === "known" && kind.value === "FileStorage") continue;
      if ((links.byTarget.get(account.urn) ?? []).length) continue;
      if (links.unresolved.length || kind.state === "unknown") {
        if (kind.state === "unknown" && !links.unresolved.length) {
          report.unknown(msg`Storage account "${account.name}": its kind is not known yet (FileStorage accounts need no lifecycle policy).`, account.urn);
          continue;
        }
        report.unknown(msg`Storage account "${account.name}": a management policy whose account is not known yet may belong to it.`, account.urn);
        continue;
      }
      report(
        msg`Storage account "${account.name}" has no lifecycle management policy. Add a storage.ManagementPolicy that tiers or deletes aging blobs.`,
        account.urn,
      );
    }
  },
});
