import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  { name: "7 days", expect: "pass", resource: { type: C, props: { ...base, automatedSnapshotRetentionPeriod: 7 } } },
  { name: "default with a 1-day minimum", expect: "pass", config: { minimumRetentionDays: 1 }, resource: { type: C, props: { ...base } } },
  { name: "default (1 day)", expect: "violate", message: "not set (default 1 day), below the minimum of 7", resource: { type: C, props: { ...base } } },
  {
    name: "snapshots off",
    expect: "violate",
    message: "automatedSnapshotRetentionPeriod is 0",
    resource: { type: C, props: { ...base, automatedSnapshotRetentionPeriod: 0 } },
  },
  { name: "retention unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, automatedSnapshotRetentionPeriod: unknown() } } },
  { name: "snapshot schedule is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/snapshotSchedule:SnapshotSchedule", props: {} } },
]);
