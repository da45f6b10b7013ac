import { isSet, msg } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const DATASET = "gcp:bigquery/dataset:Dataset";
const TABLE = "gcp:bigquery/table:Table";

/**
 * BigQuery tables should be encrypted with a customer-managed key: their own
 * `encryptionConfiguration.kmsKeyName`, or the `defaultEncryptionConfiguration` of their dataset
 * (found in the stack through `datasetId`). Views and external tables store no data and are not
 * checked. A table whose dataset is not in the stack gets an advisory note only.
 */
export default gcpPolicy({
  name: "gcp-bigquery-recommend-table-cmek",
  description: "BigQuery tables should be encrypted with a customer-managed key (their own encryptionConfiguration or their dataset's default).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set encryptionConfiguration { kmsKeyName } on the table, or defaultEncryptionConfiguration { kmsKeyName } on its dataset before the table is created (existing tables keep their key).",
  url: "https://cloud.google.com/bigquery/docs/customer-managed-encryption",
  resourceTypes: [TABLE, DATASET],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [DATASET], companionTypes: [TABLE], linkProperty: "datasetId", targetKeys: ["datasetId", "id"] });
    const datasetOf = new Map<string, string>();
    for (const [ds, tables] of links.byTarget) for (const t of tables) datasetOf.set(t.urn, ds);
    const unresolved = new Set(links.unresolved.map((t) => t.urn));
    for (const t of index.ofType(TABLE)) {
      if (isSet(t.props, "encryptionConfiguration.kmsKeyName")) continue;
      if (isSet(t.props, "view") || isSet(t.props, "materializedView") || isSet(t.props, "externalDataConfiguration")) continue;
      const ds = datasetOf.get(t.urn);
      if (ds) {
        const dataset = index.get(ds);
        if (dataset && isSet(dataset.props, "defaultEncryptionConfiguration.kmsKeyName")) continue;
        report(
          msg`Table "${t.name}" has no encryptionConfiguration.kmsKeyName and its dataset has no defaultEncryptionConfiguration, so it uses Google-managed keys. Set encryptionConfiguration.kmsKeyName on the table or a default key on the dataset.`,
          t.urn,
        );
      } else if (unresolved.has(t.urn)) {
        report.unknown(msg`Table "${t.name}" has no encryptionConfiguration.kmsKeyName and its datasetId is not known yet.`, t.urn);
      } else {
        report.advisory(
          msg`Table "${t.name}" has no encryptionConfiguration.kmsKeyName and its dataset is not in this stack; check that the dataset has a default customer-managed key.`,
          t.urn,
        );
      }
    }
  },
});
