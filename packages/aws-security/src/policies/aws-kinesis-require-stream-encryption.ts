import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { checkValue } from "../lib/flags";

/**
 * Kinesis data streams must be encrypted at rest: `encryptionType` "KMS" (default "NONE") with a
 * `kmsKeyId` (kinesis/stream.d.ts).
 */
export default awsPolicy({
  name: "aws-kinesis-require-stream-encryption",
  description: "Kinesis data streams should be encrypted at rest with KMS.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `encryptionType: "KMS"` and `kmsKeyId` (e.g. "alias/aws/kinesis" or a customer managed key).',
  url: "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html",
  resourceTypes: ["aws:kinesis/stream:Stream"],
  validateResource: checkValue("encryptionType", (t) => {
    if (t.state === "absent")
      return 'encryptionType is not set, so the stream is not encrypted (the default is "NONE"). Set encryptionType to "KMS" with a kmsKeyId.';
    if (t.value !== "KMS") return msg`encryptionType is ${JSON.stringify(t.value)}, so records are stored unencrypted. Set it to "KMS" with a kmsKeyId.`;
    return undefined;
  }),
});
