import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { COSMOS } from "../lib/data";

/**
 * Cosmos DB accounts should block metadata writes (databases, containers, throughput) with account
 * keys: `disableKeyBasedMetadataWriteAccess`, false unless set, so changes go through Azure
 * Resource Manager where they are authorized and logged.
 */
export default azurePolicy({
  name: "azure-cosmosdb-disable-key-based-metadata-write",
  description: "Cosmos DB accounts should block metadata changes made with account keys, so they go through Azure Resource Manager.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `disableKeyBasedMetadataWriteAccess: true` and create databases and containers as Pulumi resources (cosmosdb.SqlResourceSqlDatabase, ...), not from application code.",
  url: "https://learn.microsoft.com/en-us/azure/cosmos-db/audit-control-plane-logs#disable-key-based-metadata-write-access",
  resourceTypes: [COSMOS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "disableKeyBasedMetadataWriteAccess",
      ok: isTrue,
      bad: "anyone with an account key can create or delete databases and containers. Set it to true.",
      absent: "the default is false, so anyone with an account key can create or delete databases and containers. Set it to true.",
    });
  },
});
