import { peek } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * Firehose delivery streams that receive records directly (Direct PUT) should encrypt them at
 * rest: `serverSideEncryption.enabled` (default false; kinesis/firehoseDeliveryStream.d.ts).
 * Streams reading from a Kinesis data stream (`kinesisSourceConfiguration`) or from MSK
 * (`mskSourceConfiguration`) rely on the source's encryption: Firehose rejects SSE for them.
 */
export default awsPolicy({
  name: "aws-kinesis-require-firehose-encryption",
  description: "Firehose delivery streams with Direct PUT sources should have server-side encryption enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `serverSideEncryption: { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: <KMS key ARN> }` (or keyType "AWS_OWNED_CMK"). For a Kinesis data stream source, encrypt the source stream instead.',
  url: "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
  resourceTypes: ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
  validateResource: ({ props }, report) => {
    if (peek(props, "kinesisSourceConfiguration").state !== "absent" || peek(props, "mskSourceConfiguration").state !== "absent") return;
    const v = peekForVerdict<boolean>(props, "serverSideEncryption.enabled");
    if (v.state === "absent" || (v.state === "known" && v.value !== true)) {
      report(
        "serverSideEncryption.enabled is not true, so records buffered by this Direct PUT stream are not encrypted with KMS. Set serverSideEncryption.enabled to true.",
      );
    }
  },
});
