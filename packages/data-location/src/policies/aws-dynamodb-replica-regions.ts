import { isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { checkReplicaList } from "../lib/replicas";

/**
 * DynamoDB global table replicas (`replicas[].regionName` of aws.dynamodb.Table and of the legacy
 * aws.dynamodb.GlobalTable) must be in allowed regions: every replica holds a full copy of the
 * table. Not applicable while the pack is not configured (aws-location-allowed-region says so).
 */
export default locationPolicy<"aws-dynamodb-replica-regions", ResidencyConfig>({
  name: "aws-dynamodb-replica-regions",
  description: "DynamoDB global table replicas must be in allowed regions.",
  remediationSteps: "Remove the replica, or set its `regionName` to a region inside allowedRegions.aws or allowedJurisdictions.",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html",
  resourceTypes: ["aws:dynamodb/table:Table", "aws:dynamodb/globalTable:GlobalTable"],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateResource: ({ props, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "aws")) notApplicable("data residency is not configured");
    checkReplicaList(
      props,
      settings,
      {
        cloud: "aws",
        list: "replicas",
        field: "regionName",
        listUnknown: "the table's replicas are not known yet.",
        itemUnknown: "a replica's regionName is not known yet.",
        finding: (items, n, allowed) =>
          msg`${items} ${n > 1 ? "copy" : "copies"} the table outside the allowed locations (${allowed}). Remove the replica or move it to an allowed region.`,
      },
      report,
    );
  },
});
