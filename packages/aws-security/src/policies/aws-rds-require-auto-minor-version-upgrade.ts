import { awsRds } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/**
 * RDS instances, Aurora cluster instances and Multi-AZ DB clusters must keep automatic minor
 * version upgrades on. `autoMinorVersionUpgrade` defaults to true, so only an explicit `false`
 * is reported.
 */
export default awsPolicy({
  name: "aws-rds-require-auto-minor-version-upgrade",
  description: "RDS DB instances and clusters must have automatic minor version upgrades enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Remove autoMinorVersionUpgrade or set it to true, so RDS applies minor engine versions (security fixes) in the maintenance window.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_INSTANCE_TYPE, awsRds.CLUSTER_TYPE],
  validateResource: forbidValue({
    path: "autoMinorVersionUpgrade",
    value: false,
    message:
      "autoMinorVersionUpgrade is false, so minor engine versions with security fixes are not applied automatically. Set autoMinorVersionUpgrade to true.",
  }),
});
