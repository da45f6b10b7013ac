import { peek, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** Character classes and the AccountPasswordPolicy property that requires each. */
const CLASSES = {
  uppercase: "requireUppercaseCharacters",
  lowercase: "requireLowercaseCharacters",
  numbers: "requireNumbers",
  symbols: "requireSymbols",
} as const;
type CharacterClass = keyof typeof CLASSES;

/** The account password policy must require the configured character classes (default: all four). */
export default awsPolicy<"aws-iam-require-password-complexity", { requiredClasses: CharacterClass[] }>({
  name: "aws-iam-require-password-complexity",
  description: "The IAM account password policy must require uppercase and lowercase letters, numbers and symbols (configurable).",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: "Set requireUppercaseCharacters, requireLowercaseCharacters, requireNumbers and requireSymbols to true on aws.iam.AccountPasswordPolicy.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
  resourceTypes: ["aws:iam/accountPasswordPolicy:AccountPasswordPolicy"],
  config: {
    requiredClasses: {
      type: "array",
      description: "Character classes every password must contain.",
      items: { type: "string", enum: ["uppercase", "lowercase", "numbers", "symbols"] },
      default: ["uppercase", "lowercase", "numbers", "symbols"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const missing: string[] = [];
    const unknown: string[] = [];
    for (const c of config.requiredClasses) {
      const path = CLASSES[c];
      if (!path) continue;
      const v = peek<unknown>(props, path);
      if (v.state === "unknown") unknown.push(path);
      else if (v.state !== "known" || v.value !== true) missing.push(path);
    }
    if (!missing.length && unknown.length) requireKnown(props, unknown[0]);
    if (missing.length)
      report(msg`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set to true. Set ${missing.length === 1 ? "it" : "them"} to true.`);
  },
});
