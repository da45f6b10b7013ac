import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * CloudTrail trails must encrypt log files with a KMS key (`kmsKeyId`; a value unknown during
 * preview counts as set). Stopped trails (`enableLogging: false`) are skipped.
 */
export default awsPolicy({
  name: "aws-cloudtrail-require-kms-encryption",
  description: "CloudTrail trails must encrypt log files with a KMS key (SSE-KMS).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set kmsKeyId to the ARN of a customer managed KMS key whose key policy lets cloudtrail.amazonaws.com encrypt (kms:GenerateDataKey*) for this trail.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  validateResource: ({ props }, report) => {
    if (isSet(props, "kmsKeyId")) return;
    // A stopped trail (enableLogging false) writes no log files to encrypt.
    const logging = peek<unknown>(props, "enableLogging");
    if (logging.state === "known" && logging.value === false) return;
    if (logging.state === "unknown") requireKnown(props, "enableLogging");
    report("kmsKeyId is not set, so log files are only encrypted with SSE-S3. Set kmsKeyId to a customer managed KMS key.");
  },
});
