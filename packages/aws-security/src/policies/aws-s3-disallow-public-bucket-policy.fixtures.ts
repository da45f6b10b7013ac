import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const publicRead = { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" };

export default fixtures([
  {
    name: "v7 bucket with a policy for one account",
    expect: "pass",
    resource: {
      type: BUCKET,
      props: { policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "*" }) },
    },
  },
  { name: "v7 bucket without policy", expect: "pass", resource: { type: BUCKET, props: { bucket: "logs" } } },
  {
    name: "BucketPolicy with Principal * narrowed by aws:SourceArn (CloudFront OAC)",
    expect: "pass",
    resource: {
      type: POLICY,
      props: {
        bucket: "site",
        policy: doc({
          ...publicRead,
          Principal: { Service: "cloudfront.amazonaws.com" },
          Condition: { StringEquals: { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/E1" } },
        }),
      },
    },
  },
  {
    name: "Deny with Principal * (TLS-only statement) is not public",
    expect: "pass",
    resource: {
      type: BUCKET_V2,
      props: { policy: doc({ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }) },
    },
  },
  {
    name: "v7 bucket with inline public-read policy",
    expect: "violate",
    message: "policy Statement[0] allows s3:GetObject to any principal",
    resource: { type: BUCKET, props: { policy: doc(publicRead) } },
  },
  {
    name: "BucketV2 with {AWS: *} write access",
    expect: "violate",
    message: "Statement[1] allows s3:PutObject",
    resource: {
      type: BUCKET_V2,
      props: {
        policy: doc(
          { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
          { Effect: "Allow", Principal: { AWS: ["*"] }, Action: ["s3:PutObject"], Resource: "*" },
        ),
      },
    },
  },
  {
    name: "BucketPolicy public via object policy document",
    expect: "violate",
    message: "to any principal",
    resource: { type: POLICY, props: { bucket: "site", policy: { Version: "2012-10-17", Statement: [publicRead] } } },
  },
  {
    name: "IfExists condition does not narrow the caller",
    expect: "violate",
    message: "Statement[0]",
    resource: { type: POLICY, props: { bucket: "site", policy: doc({ ...publicRead, Condition: { StringEqualsIfExists: { "aws:SourceVpce": "vpce-1" } } }) } },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: POLICY, props: { bucket: "site", policy: unknown() } } },
  {
    name: "principal unknown during preview",
    expect: "unknown",
    resource: { type: BUCKET, props: { policy: { Version: "2012-10-17", Statement: [{ ...publicRead, Principal: unknown() }] } } },
  },
  { name: "security group is not an S3 resource", expect: "not-applicable", resource: { type: "aws:ec2/securityGroup:SecurityGroup", props: {} } },
]);
