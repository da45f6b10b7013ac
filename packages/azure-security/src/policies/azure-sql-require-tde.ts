import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";

/** Azure SQL databases must keep transparent data encryption on (`sql:TransparentDataEncryption` `state`; on by default for new databases). */
export default azurePolicy({
  name: "azure-sql-require-tde",
  description: "Azure SQL databases must be encrypted at rest with transparent data encryption.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Set `state: "Enabled"` on the TransparentDataEncryption resource, or remove it: TDE is enabled by default for new databases.',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview",
  resourceTypes: ["azure-native:sql:TransparentDataEncryption"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "state", (x) => sameText(x, "Enabled"), true) === "bad") {
      report('state is not "Enabled", so the database, its backups and logs are stored unencrypted. Set state to "Enabled".');
    }
  },
});
