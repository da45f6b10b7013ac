import { msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * EBS snapshots should be shared (aws.ec2.SnapshotCreateVolumePermission) only with approved AWS
 * accounts: an `accountId` outside `allowedAccountIds` (empty by default: every share is reported
 * for review) is reported, as is the group "all" (public) should it be passed.
 */
export default awsPolicy({
  name: "aws-ebs-restrict-snapshot-sharing",
  description: "EBS snapshots should be shared only with approved AWS accounts.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove the SnapshotCreateVolumePermission, or add the account to this policy's allowedAccountIds after review. Share encrypted snapshots with a customer managed KMS key the other account is granted.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html",
  resourceTypes: ["aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission"],
  config: {
    allowedAccountIds: {
      type: "array",
      items: { type: "string" },
      description: "AWS account ids (12 digits) snapshots may be shared with.",
      default: [],
    },
  },
  validateResource: ({ props, config }, report) => {
    const allowed: readonly string[] = config.allowedAccountIds;
    const v = peekForVerdict(props, "accountId");
    if (v.state !== "known") return;
    const id = String(v.value);
    if (id.toLowerCase() === "all") report('accountId is "all", which makes the snapshot public. Remove the permission.');
    else if (!allowed.includes(id))
      report(
        msg`The snapshot is shared with account ${/^\d{12}$/.test(id) ? id : "(not a 12-digit id)"}, which is not in allowedAccountIds. Remove the share or approve the account.`,
      );
  },
});
