import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "aws:s3/bucket:Bucket";
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const EU = { allowedJurisdictions: ["EU"] };
const awsProvider = (region: unknown, name: string) => ({ type: "pulumi:providers:aws", name, props: { region } });
const replication = (destinationArn: unknown) => ({
  role: "arn:aws:iam::123456789012:role/r",
  bucket: "src-1",
  rules: [{ status: "Enabled", destination: { bucket: destinationArn } }],
});

export default fixtures([
  {
    name: "replication to a bucket in eu-central-1 (own region)",
    expect: "pass",
    config: EU,
    resources: [
      { type: BUCKET, name: "src", props: { bucket: "src-1" }, provider: awsProvider("eu-west-1", "eu") },
      { type: BUCKET, name: "dst", props: { bucket: "dst-1", region: "eu-central-1" }, provider: awsProvider("eu-west-1", "eu") },
      { type: REPLICATION, name: "repl", props: replication("arn:aws:s3:::dst-1"), provider: awsProvider("eu-west-1", "eu") },
    ],
  },
  {
    name: "replication to a bucket whose provider is in us-east-1",
    expect: "violate",
    config: EU,
    target: "repl",
    message: 'rules[0].destination.bucket replicates to bucket "dst" in region "us-east-1" (US East (N. Virginia), US)',
    resources: [
      { type: BUCKET, name: "src", props: { bucket: "src-1" }, provider: awsProvider("eu-west-1", "eu") },
      { type: BUCKET, name: "dst", props: { bucket: "dst-1" }, provider: awsProvider("us-east-1", "us") },
      { type: REPLICATION, name: "repl", props: replication("arn:aws:s3:::dst-1"), provider: awsProvider("eu-west-1", "eu") },
    ],
  },
  {
    name: "destination bucket's own region (us-west-2) overrides its provider's (eu-west-1)",
    expect: "violate",
    config: EU,
    target: "repl",
    message: 'in region "us-west-2"',
    resources: [
      { type: BUCKET, name: "dst", props: { bucket: "dst-1", region: "us-west-2" }, provider: awsProvider("eu-west-1", "eu") },
      { type: REPLICATION, name: "repl", props: replication("arn:aws:s3:::dst-1"), provider: awsProvider("eu-west-1", "eu") },
    ],
  },
  {
    name: "during preview: destination ARN unknown, linked by property dependency",
    expect: "violate",
    config: EU,
    target: "repl",
    message: 'replicates to bucket "dst" in region "ap-south-1"',
    resources: [
      { type: BUCKET, name: "dst", props: { bucket: unknown() }, provider: awsProvider("ap-south-1", "mumbai") },
      { type: REPLICATION, name: "repl", props: replication(unknown()), propertyDependencies: { rules: ["dst"] }, provider: awsProvider("eu-west-1", "eu") },
    ],
  },
  {
    // Fuzz finding: rules unknown as a whole may resolve to no rule at all, so the dependency alone is no verdict.
    name: "during preview: all rules unknown, linked to a bucket in ap-south-1",
    expect: "unknown",
    config: EU,
    resources: [
      { type: BUCKET, name: "dst", props: { bucket: unknown() }, provider: awsProvider("ap-south-1", "mumbai") },
      {
        type: REPLICATION,
        name: "repl",
        props: { role: "r", bucket: "src-1", rules: unknown() },
        propertyDependencies: { rules: ["dst"] },
        provider: awsProvider("eu-west-1", "eu"),
      },
    ],
  },
  {
    name: "during preview: destination ARN unknown, linked to buckets in an allowed and a disallowed region",
    expect: "unknown",
    config: EU,
    resources: [
      { type: BUCKET, name: "dst", props: { bucket: unknown() }, provider: awsProvider("ap-south-1", "mumbai") },
      { type: BUCKET, name: "eu", props: { bucket: unknown() }, provider: awsProvider("eu-west-1", "eu") },
      {
        type: REPLICATION,
        name: "repl",
        props: replication(unknown()),
        propertyDependencies: { rules: ["dst", "eu"] },
        provider: awsProvider("eu-west-1", "eu"),
      },
    ],
  },
  {
    name: "inline replicationConfiguration on a Bucket",
    expect: "violate",
    config: EU,
    target: "src",
    message: 'replicationConfiguration.rules[0].destination.bucket replicates to bucket "dst"',
    resources: [
      { type: BUCKET, name: "dst", props: { bucket: "dst-1", arn: "arn:aws:s3:::dst-1" }, provider: awsProvider("us-east-2", "us") },
      {
        type: BUCKET,
        name: "src",
        props: { bucket: "src-1", replicationConfiguration: { role: "r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::dst-1" } }] } },
        provider: awsProvider("eu-west-1", "eu"),
      },
    ],
  },
  {
    name: "destination outside the stack",
    expect: "unknown",
    config: EU,
    resources: [{ type: REPLICATION, name: "repl", props: replication("arn:aws:s3:::elsewhere"), provider: awsProvider("eu-west-1", "eu") }],
  },
  {
    name: "destination unknown and not linked",
    expect: "unknown",
    config: EU,
    resources: [{ type: REPLICATION, name: "repl", props: replication(unknown()), provider: awsProvider("eu-west-1", "eu") }],
  },
  {
    name: "not configured: left to aws-location-allowed-region",
    expect: "pass",
    resources: [
      { type: BUCKET, name: "dst", props: { bucket: "dst-1" }, provider: awsProvider("us-east-1", "us") },
      { type: REPLICATION, name: "repl", props: replication("arn:aws:s3:::dst-1") },
    ],
  },
  {
    name: "buckets without replication",
    expect: "pass",
    config: EU,
    resources: [{ type: BUCKET, name: "b", props: { bucket: "b-1" }, provider: awsProvider("us-east-1", "us") }],
  },
]);
