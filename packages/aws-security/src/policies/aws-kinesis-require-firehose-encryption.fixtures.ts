import { fixtures, unknown } from "@rampart/policy-testing";

const F = "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream";
const S3 = { roleArn: "arn:aws:iam::111122223333:role/fh", bucketArn: "arn:aws:s3:::logs" };

export default fixtures([
  {
    name: "Direct PUT with SSE",
    expect: "pass",
    resource: {
      type: F,
      props: { destination: "extended_s3", extendedS3Configuration: S3, serverSideEncryption: { enabled: true, keyType: "AWS_OWNED_CMK" } },
    },
  },
  {
    name: "Kinesis stream source relies on the stream's encryption",
    expect: "pass",
    resource: {
      type: F,
      props: {
        destination: "extended_s3",
        extendedS3Configuration: S3,
        kinesisSourceConfiguration: { kinesisStreamArn: "arn:aws:kinesis:us-east-1:111122223333:stream/s", roleArn: "r" },
      },
    },
  },
  {
    name: "Direct PUT without SSE",
    expect: "violate",
    message: "serverSideEncryption.enabled is not true",
    resource: { type: F, props: { destination: "extended_s3", extendedS3Configuration: S3 } },
  },
  {
    name: "SSE disabled",
    expect: "violate",
    message: "serverSideEncryption.enabled is not true",
    resource: { type: F, props: { destination: "extended_s3", extendedS3Configuration: S3, serverSideEncryption: { enabled: false } } },
  },
  {
    name: "SSE flag unknown during preview",
    expect: "unknown",
    resource: { type: F, props: { destination: "extended_s3", extendedS3Configuration: S3, serverSideEncryption: { enabled: unknown() } } },
  },
  { name: "data stream is not a delivery stream", expect: "not-applicable", resource: { type: "aws:kinesis/stream:Stream", props: {} } },
]);
