import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:rds/cluster:Cluster";

export default fixtures([
  { name: "encrypted Aurora cluster", expect: "pass", resource: { type: C, props: { engine: "aurora-postgresql", storageEncrypted: true } } },
  { name: "Aurora cluster without the flag is encrypted by default", expect: "pass", resource: { type: C, props: { engine: "aurora-mysql" } } },
  {
    name: "Aurora Serverless v1 is always encrypted",
    expect: "pass",
    resource: { type: C, props: { engine: "aurora-mysql", engineMode: "serverless", storageEncrypted: false } },
  },
  { name: "restore from snapshot", expect: "pass", resource: { type: C, props: { engine: "mysql", snapshotIdentifier: "snap-1" } } },
  {
    name: "Aurora cluster with storageEncrypted false",
    expect: "violate",
    message: "storageEncrypted is false",
    resource: { type: C, props: { engine: "aurora-mysql", storageEncrypted: false } },
  },
  {
    name: "Multi-AZ DB cluster without encryption",
    expect: "violate",
    message: "Multi-AZ DB cluster",
    resource: { type: C, props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" } },
  },
  { name: "storageEncrypted unknown", expect: "unknown", resource: { type: C, props: { engine: "postgres", storageEncrypted: unknown() } } },
  { name: "engine unknown without the flag", expect: "unknown", resource: { type: C, props: { engine: unknown() } } },
  {
    name: "storageEncrypted false with engineMode unknown (may be Serverless v1)",
    expect: "unknown",
    resource: { type: C, props: { engine: "aurora-mysql", engineMode: unknown(), storageEncrypted: false } },
  },
  {
    name: 'storageEncrypted "false" as a string',
    expect: "violate",
    message: "storageEncrypted is false",
    resource: { type: C, props: { engine: "postgres", storageEncrypted: "false" } },
  },
]);
