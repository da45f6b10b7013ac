import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const other = "arn:aws:iam::444455556666:role/partner";

export default fixtures([
  {
    name: "another account may read and write objects only",
    expect: "pass",
    resource: {
      type: POLICY,
      props: {
        bucket: "b",
        policy: doc({ Effect: "Allow", Principal: { AWS: other }, Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::b/*" }),
      },
    },
  },
  {
    name: "own account (trusted) may manage the bucket policy",
    expect: "pass",
    config: { trustedAccountIds: ["111122223333"] },
    resource: {
      type: BUCKET,
      props: { policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:*", Resource: "*" }) },
    },
  },
  {
    name: "provider allowedAccountIds are trusted",
    expect: "pass",
    resource: {
      type: BUCKET_V2,
      provider: { props: { allowedAccountIds: ["111122223333"] } },
      props: { policy: doc({ Effect: "Allow", Principal: { AWS: "111122223333" }, Action: "s3:PutBucketPolicy", Resource: "*" }) },
    },
  },
  {
    name: "provider allowedAccountIds as a JSON string are trusted",
    expect: "pass",
    resource: {
      type: POLICY,
      provider: { props: { allowedAccountIds: '["111122223333"]' } },
      props: {
        bucket: "b",
        policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/admin" }, Action: "s3:PutBucketPolicy", Resource: "*" }),
      },
    },
  },
  {
    name: "BucketPolicy gives another account s3:*",
    expect: "violate",
    message: "allows account 444455556666 s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy",
    resource: { type: POLICY, props: { bucket: "b", policy: doc({ Effect: "Allow", Principal: { AWS: other }, Action: "s3:*", Resource: "*" }) } },
  },
  {
    name: "v7 bucket inline policy gives s3:Put* to account id",
    expect: "violate",
    message: "s3:PutObjectAcl",
    resource: { type: BUCKET, props: { policy: doc({ Effect: "Allow", Principal: { AWS: ["444455556666"] }, Action: ["s3:Put*"], Resource: "*" }) } },
  },
  {
    name: "BucketV2 gives everyone s3:PutObjectAcl",
    expect: "violate",
    message: 'every AWS account (Principal "*") s3:PutObjectAcl',
    resource: { type: BUCKET_V2, props: { policy: doc({ Effect: "Allow", Principal: "*", Action: "s3:PutObjectAcl", Resource: "*" }) } },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: POLICY, props: { bucket: "b", policy: unknown() } } },
  { name: "not a bucket policy", expect: "not-applicable", resource: { type: "aws:sqs/queuePolicy:QueuePolicy", props: {} } },
]);
