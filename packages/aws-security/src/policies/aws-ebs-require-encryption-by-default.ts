import { forbidValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** aws.ebs.EncryptionByDefault must not turn EBS encryption by default off (`enabled` defaults to true). */
export default awsPolicy({
  name: "aws-ebs-require-encryption-by-default",
  description: "EBS encryption by default must be enabled for the account and Region.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: "Set enabled to true on the aws.ebs.EncryptionByDefault (or omit it: it defaults to true).",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
  resourceTypes: ["aws:ebs/encryptionByDefault:EncryptionByDefault"],
  validateResource: forbidValue({
    path: "enabled",
    value: false,
    message: "enabled is false, which turns EBS encryption by default off. Set it to true.",
  }),
});
