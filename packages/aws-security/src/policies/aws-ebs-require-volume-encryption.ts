import { isSet } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * EBS volumes should be encrypted (`encrypted` true). A volume created from a snapshot
 * (`snapshotId`) without `encrypted` inherits the snapshot's encryption and is not reported.
 * Advisory by default: with EBS encryption by default turned on for the account and Region,
 * AWS encrypts the volume even when `encrypted` is omitted or false.
 */
export default awsPolicy({
  name: "aws-ebs-require-volume-encryption",
  description: "EBS volumes should be encrypted at rest.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set encrypted to true (and kmsKeyId to a customer managed key if required), and turn on EBS encryption by default with aws.ebs.EncryptionByDefault.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
  resourceTypes: ["aws:ebs/volume:Volume"],
  validateResource: ({ props }, report) => {
    const enc = peekForVerdict(props, "encrypted");
    if (enc.state === "known" && enc.value === true) return;
    if (enc.state === "known") {
      report("encrypted is false. Set encrypted to true (the volume is still encrypted if EBS encryption by default is on for the account and Region).");
      return;
    }
    if (isSet(props, "snapshotId")) return; // inherits the snapshot's encryption
    report("encrypted is not set, so the volume is unencrypted unless EBS encryption by default is on for the account and Region. Set encrypted to true.");
  },
});
