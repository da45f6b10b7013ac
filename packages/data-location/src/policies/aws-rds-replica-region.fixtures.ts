import { fixtures, unknown } from "@rampart/policy-testing";

const INSTANCE = "aws:rds/instance:Instance";
const EU = { allowedJurisdictions: ["EU"] };
const awsProvider = (region: unknown, name = "replica") => ({ type: "pulumi:providers:aws", name, props: { region } });
const SOURCE_ARN = "arn:aws:rds:eu-west-1:123456789012:db:primary";

export default fixtures([
  {
    name: "a primary instance is not a replica",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { instanceClass: "db.t4g.micro" }, provider: awsProvider("us-east-1") },
  },
  {
    name: "cross-region read replica in eu-central-1",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { instanceClass: "db.t4g.micro", replicateSourceDb: SOURCE_ARN }, provider: awsProvider("eu-central-1") },
  },
  {
    name: "cross-region read replica through an explicit provider in us-east-1",
    expect: "violate",
    config: EU,
    message: 'This read replica copies its source from eu-west-1 to region "us-east-1"',
    resource: { type: INSTANCE, props: { instanceClass: "db.t4g.micro", replicateSourceDb: SOURCE_ARN }, provider: awsProvider("us-east-1") },
  },
  {
    name: "read replica with its own region input",
    expect: "violate",
    config: EU,
    message: "(from the resource's region)",
    resource: { type: INSTANCE, props: { replicateSourceDb: SOURCE_ARN, region: "ca-central-1" }, provider: awsProvider("eu-west-1") },
  },
  {
    name: "automated backups replicated to us-west-2",
    expect: "violate",
    config: EU,
    message: "Automated backups are replicated from eu-west-1",
    resource: {
      type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
      props: { sourceDbInstanceArn: SOURCE_ARN },
      provider: awsProvider("us-west-2"),
    },
  },
  {
    name: "Aurora replica cluster in eu-south-1",
    expect: "pass",
    config: EU,
    resource: {
      type: "aws:rds/cluster:Cluster",
      props: { engine: "aurora-postgresql", replicationSourceIdentifier: "arn:aws:rds:eu-west-1:123456789012:cluster:c" },
      provider: awsProvider("eu-south-1"),
    },
  },
  {
    name: "source set but unknown, region known and allowed",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { replicateSourceDb: unknown() }, provider: awsProvider("eu-west-3") },
  },
  {
    // Fuzz finding: an unknown source may resolve to nothing (not a replica), so no mandatory verdict.
    name: "source unknown during preview, region not allowed",
    expect: "unknown",
    config: EU,
    resource: { type: INSTANCE, props: { replicateSourceDb: unknown(), region: "ca-central-1" }, provider: awsProvider("eu-west-1") },
  },
  {
    name: "empty source is not a replica",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { replicateSourceDb: "" }, provider: awsProvider("us-east-1") },
  },
  {
    name: "replica provider region unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: INSTANCE, props: { replicateSourceDb: SOURCE_ARN }, provider: awsProvider(unknown()) },
  },
]);
