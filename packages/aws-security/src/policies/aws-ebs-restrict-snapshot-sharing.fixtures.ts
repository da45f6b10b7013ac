import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission";

export default fixtures([
  {
    name: "share with an approved account",
    expect: "pass",
    config: { allowedAccountIds: ["444455556666"] },
    resource: { type: T, props: { snapshotId: "snap-1", accountId: "444455556666" } },
  },
  {
    name: "share with an unapproved account",
    expect: "violate",
    message: "shared with account 444455556666",
    resource: { type: T, props: { snapshotId: "snap-1", accountId: "444455556666" } },
  },
  { name: "public share", expect: "violate", message: 'accountId is "all"', resource: { type: T, props: { snapshotId: "snap-1", accountId: "all" } } },
  { name: "account unknown during preview", expect: "unknown", resource: { type: T, props: { snapshotId: "snap-1", accountId: unknown() } } },
  { name: "snapshots themselves are not shares", expect: "not-applicable", resource: { type: "aws:ebs/snapshot:Snapshot", props: {} } },
]);
