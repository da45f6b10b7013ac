import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "aws:s3/bucket:Bucket";
const EU = { allowedJurisdictions: ["EU"] };
const awsProvider = (region: unknown, name = "default_7_48_0") => ({ type: "pulumi:providers:aws", name, props: { region } });

export default fixtures([
  {
    name: "bucket with the default provider in eu-west-1",
    expect: "pass",
    config: EU,
    resource: { type: BUCKET, props: { bucket: "data" }, provider: awsProvider("eu-west-1") },
  },
  {
    name: "bucket with the default provider in us-east-1",
    expect: "violate",
    config: EU,
    message: 'region "us-east-1" (US East (N. Virginia), US) (from provider "default_7_48_0"\'s region)',
    resource: { type: BUCKET, props: { bucket: "data" }, provider: awsProvider("us-east-1") },
  },
  {
    name: "bucket's own region (us-west-2) differs from its provider's (eu-west-1): the resource's own region wins",
    expect: "violate",
    config: EU,
    message: 'region "us-west-2" (US West (Oregon), US) (from the resource\'s region)',
    resource: { type: BUCKET, props: { bucket: "data", region: "us-west-2" }, provider: awsProvider("eu-west-1") },
  },
  {
    name: "bucket's own region (eu-central-1) overrides a provider in us-east-1",
    expect: "pass",
    config: EU,
    resource: { type: BUCKET, props: { bucket: "data", region: "eu-central-1" }, provider: awsProvider("us-east-1") },
  },
  {
    name: "explicit provider in another region (ap-southeast-2)",
    expect: "violate",
    config: EU,
    message: 'region "ap-southeast-2" (Asia Pacific (Sydney), AU) (from provider "sydney"\'s region)',
    resource: { type: "aws:dynamodb/table:Table", props: { name: "t" }, provider: awsProvider("ap-southeast-2", "sydney") },
  },
  {
    name: "the AWS provider itself in us-east-1",
    expect: "violate",
    config: EU,
    message: 'This AWS provider deploys to region "us-east-1"',
    resource: { type: "pulumi:providers:aws", name: "us", props: { region: "us-east-1" }, provider: null },
  },
  {
    name: "the AWS provider itself in eu-north-1",
    expect: "pass",
    config: EU,
    resource: { type: "pulumi:providers:aws", name: "eu", props: { region: "eu-north-1" }, provider: null },
  },
  {
    name: "London is UK, not EU",
    expect: "violate",
    config: EU,
    message: '"eu-west-2" (Europe (London), GB, UK)',
    resource: { type: BUCKET, props: { region: "eu-west-2" } },
  },
  {
    name: "London allowed by listing it in allowedRegions.aws",
    expect: "pass",
    config: { allowedJurisdictions: ["EU"], allowedRegions: { aws: ["eu-west-2"] } },
    resource: { type: BUCKET, props: { region: "eu-west-2" } },
  },
  {
    name: "region code in upper case",
    expect: "pass",
    config: EU,
    resource: { type: BUCKET, props: { region: "EU-WEST-1" } },
  },
  {
    name: "a region missing from the catalog",
    expect: "violate",
    config: EU,
    message: "or list it in allowedRegions.aws",
    resource: { type: BUCKET, props: { region: "eu-isoe-west-1" } },
  },
  {
    name: "not configured: left to multi-location-require-configuration",
    expect: "pass",
    resource: { type: BUCKET, props: { bucket: "data" }, provider: awsProvider("eu-west-1") },
  },
  {
    name: "IAM role is global: not applicable",
    expect: "not-applicable",
    config: EU,
    resource: { type: "aws:iam/role:Role", props: { assumeRolePolicy: "{}" }, provider: awsProvider("us-east-1") },
  },
  {
    name: "CloudFront distribution is global: not applicable",
    expect: "not-applicable",
    config: EU,
    resource: { type: "aws:cloudfront/distribution:Distribution", props: { enabled: true }, provider: awsProvider("us-east-1") },
  },
  {
    name: "Route 53 record is global: not applicable",
    expect: "not-applicable",
    config: EU,
    resource: { type: "aws:route53/record:Record", props: { name: "www" }, provider: awsProvider("us-east-1") },
  },
  {
    name: "resource region unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: BUCKET, props: { region: unknown() }, provider: awsProvider("eu-west-1") },
  },
  {
    name: "provider region unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: BUCKET, props: { bucket: "data" }, provider: awsProvider(unknown(), "dynamic") },
  },
  {
    name: "no region anywhere: advisory, never a guessed default",
    expect: "advisory",
    message: "region cannot be determined",
    config: EU,
    resource: { type: BUCKET, props: { bucket: "data" } },
  },
]);
