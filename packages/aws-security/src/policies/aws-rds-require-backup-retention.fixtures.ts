import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

const C = "aws:rds/cluster:Cluster";

export default caseFixtures("aws:rds/instance:Instance", {}, [
  ["instance keeping 7 days", "pass", { engine: "postgres", backupRetentionPeriod: 7 }],
  { name: "cluster keeping 14 days", expect: "pass", resource: { type: C, props: { engine: "aurora-postgresql", backupRetentionPeriod: 14 } } },
  ["Aurora instance: backups are the cluster's", "pass", { engine: "aurora-mysql" }],
  ["read replica", "pass", { replicateSourceDb: "primary" }],
  ["instance without retention", "violate", { engine: "mysql" }, "backupRetentionPeriod is not set (the RDS API default is 1 day)"],
  ["instance with backups disabled", "violate", { engine: "mysql", backupRetentionPeriod: 0 }, "backupRetentionPeriod is 0 day(s)"],
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
  ["instance engine unknown", "unknown", { engine: unknown(), backupRetentionPeriod: 1 }],
]);
