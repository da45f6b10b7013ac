import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:rds/snapshot:Snapshot";
const CS = "aws:rds/clusterSnapshot:ClusterSnapshot";

export default fixtures([
  { name: "private snapshot", expect: "pass", resource: { type: S, props: { dbInstanceIdentifier: "db", dbSnapshotIdentifier: "snap" } } },
  {
    name: "snapshot shared with one account",
    expect: "pass",
    resource: { type: CS, props: { dbClusterIdentifier: "c", dbClusterSnapshotIdentifier: "s", sharedAccounts: ["111122223333"] } },
  },
  {
    name: "public DB snapshot",
    expect: "violate",
    message: 'sharedAccounts contains "all"',
    resource: { type: S, props: { dbInstanceIdentifier: "db", dbSnapshotIdentifier: "snap", sharedAccounts: ["all"] } },
  },
  {
    name: "public cluster snapshot",
    expect: "violate",
    message: "any AWS account can copy or restore",
    resource: { type: CS, props: { dbClusterIdentifier: "c", dbClusterSnapshotIdentifier: "s", sharedAccounts: ["111122223333", "all"] } },
  },
  {
    name: "shared accounts unknown",
    expect: "unknown",
    resource: { type: CS, props: { dbClusterIdentifier: "c", dbClusterSnapshotIdentifier: "s", sharedAccounts: unknown() } },
  },
]);
