import { msg } from "@rampart/policy-core";
import { belowMinimum } from "../lib/password-policy";
import { awsPolicy } from "../policy";

/**
 * The account password policy must require passwords of at least `minimumLength` characters
 * (default 14, CIS AWS Foundations Benchmark v3.0.0 1.8). `minimumPasswordLength` defaults to 8
 * when omitted (IAM API UpdateAccountPasswordPolicy).
 */
export default awsPolicy<"aws-iam-require-password-min-length", { minimumLength: number }>({
  name: "aws-iam-require-password-min-length",
  description: "The IAM account password policy must require a minimum password length of 14 or more (configurable).",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: "Set minimumPasswordLength on aws.iam.AccountPasswordPolicy to 14 or more.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
  resourceTypes: ["aws:iam/accountPasswordPolicy:AccountPasswordPolicy"],
  config: {
    minimumLength: { type: "integer", description: "Smallest acceptable minimumPasswordLength (6-128).", default: 14, minimum: 6, maximum: 128 },
  },
  validateResource: ({ props, config }, report) => {
    const low = belowMinimum(props, "minimumPasswordLength", config.minimumLength);
    if (!low) return;
    const what = low.value === undefined ? "minimumPasswordLength is not set (IAM default 8)" : msg`minimumPasswordLength is ${low.value}`;
    report(msg`${what}, below the required ${config.minimumLength}. Set minimumPasswordLength to ${config.minimumLength} or more.`);
  },
});
