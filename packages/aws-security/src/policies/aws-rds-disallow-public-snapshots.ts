import { awsRds, peekItems, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Manual RDS DB snapshots and DB cluster snapshots must not be shared with every AWS account:
 * `sharedAccounts` (the snapshot's `restore` attribute) must not contain `all`.
 */
export default awsPolicy({
  name: "aws-rds-disallow-public-snapshots",
  description: "RDS DB snapshots and DB cluster snapshots must not be public.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove "all" from sharedAccounts; share the snapshot only with the account IDs that need to restore it.',
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
  resourceTypes: [awsRds.SNAPSHOT_TYPE, awsRds.CLUSTER_SNAPSHOT_TYPE],
  validateResource: ({ props }, report) => {
    const shared = peekItems<unknown>(props, "sharedAccounts");
    if (shared.known.some((a) => typeof a === "string" && a.toLowerCase() === "all")) {
      report('sharedAccounts contains "all", so any AWS account can copy or restore this snapshot. Remove "all" and list specific account IDs.');
      return;
    }
    if (shared.unknown) requireKnown(props, "sharedAccounts");
  },
});
