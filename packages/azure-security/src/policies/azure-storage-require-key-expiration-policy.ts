import { azurePolicy } from "../policy";
import { checkSetting } from "../lib/settings";

/** Storage accounts should remind their owners to rotate the access keys (`keyPolicy.keyExpirationPeriodInDays`, not configured by default). */
export default azurePolicy({
  name: "azure-storage-require-key-expiration-policy",
  description: "Storage accounts should have a key expiration policy so that access key rotation reminders are raised.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `keyPolicy: { keyExpirationPeriodInDays: 90 }` on the account (or disable Shared Key access altogether with `allowSharedKeyAccess: false`).",
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage#create-a-key-expiration-policy",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const v = checkSetting<number>(props, "keyPolicy.keyExpirationPeriodInDays", (x) => typeof x === "number" && x > 0, false);
    if (v !== "ok")
      report(
        "keyPolicy.keyExpirationPeriodInDays is not set, so nobody is reminded to rotate the access keys. Set keyPolicy.keyExpirationPeriodInDays (e.g. 90).",
      );
  },
});
