import { msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * Block public access for EBS snapshots (aws.ebs.SnapshotBlockPublicAccess, Region-level) must block
 * sharing: `state` "block-all-sharing" (also hides snapshots already public) or, if configured,
 * "block-new-sharing"; "unblocked" is reported.
 */
export default awsPolicy({
  name: "aws-ebs-require-snapshot-block-public-access",
  description: "Block public access for EBS snapshots must be turned on.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: 'Set state to "block-all-sharing" on the aws.ebs.SnapshotBlockPublicAccess.',
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html",
  resourceTypes: ["aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess"],
  config: {
    allowedStates: {
      type: "array",
      items: { type: "string" },
      description: 'States that pass: "block-all-sharing", "block-new-sharing".',
      default: ["block-all-sharing", "block-new-sharing"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const allowed: readonly string[] = config.allowedStates;
    const v = peekForVerdict<string>(props, "state");
    if (v.state === "known" && !allowed.includes(v.value))
      report(msg`state is "${v.value}", so snapshots can be shared publicly. Set state to "block-all-sharing".`);
  },
});
