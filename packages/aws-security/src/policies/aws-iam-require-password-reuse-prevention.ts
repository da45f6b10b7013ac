import { msg } from "@rampart/policy-core";
import { belowMinimum } from "../lib/password-policy";
import { awsPolicy } from "../policy";

/**
 * The account password policy must prevent reuse of the last `minimumRemembered` passwords
 * (default 24, the IAM maximum, as Security Hub IAM.16 and CIS v3.0.0 1.9 require). Omitted
 * `passwordReusePrevention` means reuse is allowed.
 */
export default awsPolicy<"aws-iam-require-password-reuse-prevention", { minimumRemembered: number }>({
  name: "aws-iam-require-password-reuse-prevention",
  description: "The IAM account password policy must prevent reuse of the last 24 passwords (configurable).",
  severity: "low",
  enforcementLevel: "mandatory",
  remediationSteps: "Set passwordReusePrevention on aws.iam.AccountPasswordPolicy to 24.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
  resourceTypes: ["aws:iam/accountPasswordPolicy:AccountPasswordPolicy"],
  config: {
    minimumRemembered: { type: "integer", description: "Smallest acceptable passwordReusePrevention (1-24).", default: 24, minimum: 1, maximum: 24 },
  },
  validateResource: ({ props, config }, report) => {
    const low = belowMinimum(props, "passwordReusePrevention", config.minimumRemembered);
    if (!low) return;
    const what =
      low.value === undefined ? "passwordReusePrevention is not set, so users may reuse old passwords" : msg`passwordReusePrevention is ${low.value}`;
    report(
      msg`${what}; at least ${config.minimumRemembered} previous passwords must be remembered. Set passwordReusePrevention to ${config.minimumRemembered}.`,
    );
  },
});
