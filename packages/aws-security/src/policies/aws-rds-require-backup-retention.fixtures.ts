import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";
const C = "aws:rds/cluster:Cluster";

export default fixtures([
  { name: "instance keeping 7 days", expect: "pass", resource: { type: I, props: { engine: "postgres", backupRetentionPeriod: 7 } } },
  { name: "cluster keeping 14 days", expect: "pass", resource: { type: C, props: { engine: "aurora-postgresql", backupRetentionPeriod: 14 } } },
  { name: "Aurora instance: backups are the cluster's", expect: "pass", resource: { type: I, props: { engine: "aurora-mysql" } } },
  { name: "read replica", expect: "pass", resource: { type: I, props: { replicateSourceDb: "primary" } } },
  {
    name: "instance without retention",
    expect: "violate",
    message: "backupRetentionPeriod is not set (the RDS API default is 1 day)",
    resource: { type: I, props: { engine: "mysql" } },
  },
  {
    name: "instance with backups disabled",
    expect: "violate",
    message: "backupRetentionPeriod is 0 day(s)",
    resource: { type: I, props: { engine: "mysql", backupRetentionPeriod: 0 } },
  },
  {
    name: "cluster with 3 days",
    expect: "violate",
    message: "below the required 7 days",
    resource: { type: C, props: { engine: "aurora-mysql", backupRetentionPeriod: 3 } },
  },
  {
    name: "configured minimum of 14",
    expect: "violate",
    message: "required 14 days",
    config: { minimumDays: 14 },
    resource: { type: C, props: { engine: "aurora-mysql", backupRetentionPeriod: 7 } },
  },
  { name: "retention unknown", expect: "unknown", resource: { type: C, props: { engine: "aurora-mysql", backupRetentionPeriod: unknown() } } },
  { name: "instance engine unknown", expect: "unknown", resource: { type: I, props: { engine: unknown(), backupRetentionPeriod: 1 } } },
]);
