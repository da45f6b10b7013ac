import { fixtures, unknown } from "@rampart/policy-testing";

const AP = "aws:efs/accessPoint:AccessPoint";

export default fixtures([
  { name: "application user", expect: "pass", resource: { type: AP, props: { fileSystemId: "fs-1", posixUser: { uid: 1000, gid: 1000 } } } },
  { name: "no POSIX user", expect: "violate", message: "posixUser is not set", resource: { type: AP, props: { fileSystemId: "fs-1" } } },
  {
    name: "root user",
    expect: "violate",
    message: "posixUser.uid is 0",
    resource: { type: AP, props: { fileSystemId: "fs-1", posixUser: { uid: 0, gid: 0 } } },
  },
  { name: "uid unknown during preview", expect: "unknown", resource: { type: AP, props: { fileSystemId: "fs-1", posixUser: { uid: unknown(), gid: 1000 } } } },
  { name: "backup policy is not an access point", expect: "not-applicable", resource: { type: "aws:efs/backupPolicy:BackupPolicy", props: {} } },
]);
