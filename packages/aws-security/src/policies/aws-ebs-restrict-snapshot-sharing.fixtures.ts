import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission";
/** A create-volume permission on snap-1 with `props` (accountId). */
const share = (props: Record<string, unknown>) => ({ type: T, props: { snapshotId: "snap-1", ...props } });

export default fixtures([
  { name: "share with an approved account", expect: "pass", config: { allowedAccountIds: ["444455556666"] }, resource: share({ accountId: "444455556666" }) },
  { name: "share with an unapproved account", expect: "violate", message: "shared with account 444455556666", resource: share({ accountId: "444455556666" }) },
  { name: "public share", expect: "violate", message: 'accountId is "all"', resource: share({ accountId: "all" }) },
  { name: "account unknown during preview", expect: "unknown", resource: share({ accountId: unknown() }) },
  { name: "snapshots themselves are not shares", expect: "not-applicable", resource: { type: "aws:ebs/snapshot:Snapshot", props: {} } },
]);
