import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:rds/cluster:Cluster", {}, [
  ["encrypted Aurora cluster", "pass", { engine: "aurora-postgresql", storageEncrypted: true }],
  ["Aurora cluster without the flag is encrypted by default", "pass", { engine: "aurora-mysql" }],
  ["Aurora Serverless v1 is always encrypted", "pass", { engine: "aurora-mysql", engineMode: "serverless", storageEncrypted: false }],
  ["restore from snapshot", "pass", { engine: "mysql", snapshotIdentifier: "snap-1" }],
  ["Aurora cluster with storageEncrypted false", "violate", { engine: "aurora-mysql", storageEncrypted: false }, "storageEncrypted is false"],
  ["Multi-AZ DB cluster without encryption", "violate", { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" }, "Multi-AZ DB cluster"],
  ["storageEncrypted unknown", "unknown", { engine: "postgres", storageEncrypted: unknown() }],
  ["engine unknown without the flag", "unknown", { engine: unknown() }],
  [
    "storageEncrypted false with engineMode unknown (may be Serverless v1)",
    "unknown",
    { engine: "aurora-mysql", engineMode: unknown(), storageEncrypted: false },
  ],
  ['storageEncrypted "false" as a string', "violate", { engine: "postgres", storageEncrypted: "false" }, "storageEncrypted is false"],
]);
