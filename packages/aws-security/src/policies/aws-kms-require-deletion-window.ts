import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * KMS keys should keep a long deletion waiting period, the time to notice and cancel an unintended
 * deletion: `deletionWindowInDays` (7-30; 30 when omitted) must be at least `minimumDays`
 * (default 30).
 */
export default awsPolicy<"aws-kms-require-deletion-window", { minimumDays: number }>({
  name: "aws-kms-require-deletion-window",
  description: "KMS keys should keep a deletion waiting period of at least 30 days (configurable).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Remove deletionWindowInDays (the default is 30 days) or set it to the required minimum or more.",
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-how-it-works",
  resourceTypes: ["aws:kms/key:Key", "aws:kms/replicaKey:ReplicaKey", "aws:kms/externalKey:ExternalKey"],
  config: {
    minimumDays: { type: "integer", description: "Shortest acceptable deletion waiting period, in days (7-30).", default: 30, minimum: 7, maximum: 30 },
  },
  validateResource: ({ props, config }, report) => {
    const v = peekForVerdict<unknown>(props, "deletionWindowInDays");
    if (v.state !== "known" || typeof v.value !== "number" || v.value >= config.minimumDays) return;
    report(
      msg`deletionWindowInDays is ${v.value}, shorter than the required ${config.minimumDays} days to notice and cancel an unintended key deletion. Set it to ${config.minimumDays} or remove it.`,
    );
  },
});
