import { awsRegionOfArn, checkRegion, describeAllowed, describeRegion, isResidencyConfigured, peek, peekItems, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { listForMessage, RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";

/**
 * AWS Backup copy actions (`rules[].copyActions[].destinationVaultArn` of aws.backup.Plan) copy
 * recovery points to the vault's region, read from the vault ARN. That region must be allowed.
 */
export default locationPolicy<"aws-backup-copy-destination-region", ResidencyConfig>({
  name: "aws-backup-copy-destination-region",
  description: "AWS Backup plans must copy recovery points only to vaults in allowed regions.",
  remediationSteps:
    "Point `copyActions[].destinationVaultArn` at a backup vault in a region inside allowedRegions.aws or allowedJurisdictions, or remove the copy action.",
  url: "https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html",
  resourceTypes: ["aws:backup/plan:Plan"],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateResource: ({ props, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "aws")) notApplicable("data residency is not configured");
    const rules = peekItems<unknown>(props, "rules");
    if (rules.unknown) return report.unknown("the plan's rules are not known yet.");
    const bad: string[] = [];
    const open: string[] = [];
    rules.known.forEach((rule, i) => {
      const copies = peekItems<unknown>(rule, "copyActions");
      if (copies.unknown) return open.push(msg`rules[${i}].copyActions`);
      copies.known.forEach((c, j) => {
        const path = `rules[${i}].copyActions[${j}].destinationVaultArn`;
        const arn = peek<unknown>(c, "destinationVaultArn");
        if (arn.state === "unknown") return open.push(path);
        if (arn.state !== "known" || typeof arn.value !== "string") return;
        const region = awsRegionOfArn(arn.value);
        if (!region) return open.push(path);
        const v = checkRegion("aws", region, settings);
        if (!v.allowed) bad.push(msg`${path} copies to region ${describeRegion(v)}`);
      });
    });
    if (bad.length) {
      return report(msg`${listForMessage(bad)}, outside the allowed locations (${describeAllowed("aws", settings)}). Copy to a vault in an allowed region.`);
    }
    if (open.length) report.unknown(msg`the destination region of ${listForMessage(open, ", ")} is not known yet.`);
  },
});
