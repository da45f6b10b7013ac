import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * SSM parameters whose NAME looks like a secret (password, secret, token, key, credential) must
 * be of type SecureString, not String or StringList (`type`, `name`; ssm/parameter.d.ts). Only
 * the parameter's name is reported, never its value.
 */
export default awsPolicy({
  name: "aws-ssm-require-securestring-for-secrets",
  description: "SSM parameters that hold secrets must use the SecureString type.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `type: "SecureString"` (optionally with `keyId` for a customer managed KMS key) on the parameter, or store the value in AWS Secrets Manager.',
  url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/what-is-a-parameter.html",
  resourceTypes: ["aws:ssm/parameter:Parameter"],
  config: {
    namePattern: {
      type: "string",
      description: "Case-insensitive regular expression for parameter names that hold secrets.",
      default: "password|passwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential",
    },
  },
  validateResource: ({ props, config }, report) => {
    const type = peekForVerdict<string>(props, "type");
    if (type.state !== "known" || type.value === "SecureString") return;
    const name = peekForVerdict<string>(props, "name");
    if (name.state !== "known" || typeof name.value !== "string") return;
    if (new RegExp(config.namePattern, "i").test(name.value)) {
      report(
        msg`Parameter ${JSON.stringify(name.value)} looks like a secret but its type is ${JSON.stringify(type.value)}, so the value is stored and shown in plain text. Set type to "SecureString".`,
      );
    }
  },
});
