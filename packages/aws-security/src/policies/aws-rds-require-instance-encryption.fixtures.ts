import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";
const base = { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20 };

export default fixtures([
  { name: "encrypted instance", expect: "pass", resource: { type: I, props: { ...base, storageEncrypted: true } } },
  { name: "instance with a KMS key", expect: "pass", resource: { type: I, props: { ...base, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/abc" } } },
  {
    name: "read replica inherits encryption",
    expect: "pass",
    resource: { type: I, props: { instanceClass: "db.t4g.micro", replicateSourceDb: "db-primary" } },
  },
  {
    name: "Aurora instance: encryption is the cluster's",
    expect: "pass",
    resource: { type: I, props: { engine: "aurora-mysql", instanceClass: "db.r6g.large" } },
  },
  { name: "storageEncrypted omitted", expect: "violate", message: "storageEncrypted is not set to true", resource: { type: I, props: { ...base } } },
  {
    name: "storageEncrypted false",
    expect: "violate",
    message: "Set storageEncrypted to true",
    resource: { type: I, props: { ...base, storageEncrypted: false } },
  },
  { name: "storageEncrypted unknown", expect: "unknown", resource: { type: I, props: { ...base, storageEncrypted: unknown() } } },
  { name: "engine unknown, not encrypted", expect: "unknown", resource: { type: I, props: { instanceClass: "db.t4g.micro", engine: unknown() } } },
  { name: "cluster is another type", expect: "not-applicable", resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql" } } },
]);
