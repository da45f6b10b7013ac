import { definePolicy, peek, requireKnown } from "@rampart/policy-core";
import { controlsFor } from "../controls";

/** aws.ebs.EncryptionByDefault must not turn EBS encryption by default off (`enabled` defaults to true). */
export default definePolicy({
  name: "aws-ebs-require-encryption-by-default",
  description: "EBS encryption by default must be enabled for the account and Region.",
  cloud: "aws",
  service: "ebs",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: "Set enabled to true on the aws.ebs.EncryptionByDefault (or omit it: it defaults to true).",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
  controls: controlsFor("aws-ebs-require-encryption-by-default"),
  resourceTypes: ["aws:ebs/encryptionByDefault:EncryptionByDefault"],
  validateResource: ({ props }, report) => {
    const v = peek(props, "enabled");
    if (v.state === "unknown") requireKnown(props, "enabled");
    if (v.state === "known" && v.value === false) report("enabled is false, which turns EBS encryption by default off. Set it to true.");
  },
});
