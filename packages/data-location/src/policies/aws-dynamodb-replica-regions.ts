import { checkRegion, describeAllowed, describeRegion, isResidencyConfigured, peek, peekItems, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { listForMessage, RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";

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
    const replicas = peekItems<unknown>(props, "replicas");
    if (replicas.unknown) return report.unknown("the table's replicas are not known yet.");
    const bad: string[] = [];
    let unknown = false;
    replicas.known.forEach((r, i) => {
      const n = peek<unknown>(r, "regionName");
      if (n.state === "unknown") unknown = true;
      else if (n.state === "known" && typeof n.value === "string") {
        const v = checkRegion("aws", n.value, settings);
        if (!v.allowed) bad.push(msg`replicas[${i}].regionName ${describeRegion(v)}`);
      }
    });
    if (bad.length) {
      return report(
        msg`${listForMessage(bad)} ${bad.length > 1 ? "copy" : "copies"} the table outside the allowed locations (${describeAllowed("aws", settings)}). Remove the replica or move it to an allowed region.`,
      );
    }
    if (unknown) report.unknown("a replica's regionName is not known yet.");
  },
});
