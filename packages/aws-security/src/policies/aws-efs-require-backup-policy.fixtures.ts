import { fixtures, unknown } from "@rampart/policy-testing";

const FS = "aws:efs/fileSystem:FileSystem";
const BP = "aws:efs/backupPolicy:BackupPolicy";

export default fixtures([
  {
    name: "backups enabled, linked by property dependency",
    expect: "pass",
    resources: [
      { type: FS, name: "data", props: { encrypted: true } },
      {
        type: BP,
        name: "data-backup",
        props: { fileSystemId: unknown(), backupPolicy: { status: "ENABLED" } },
        propertyDependencies: { fileSystemId: ["data"] },
      },
    ],
  },
  {
    name: "backups enabled, linked by id",
    expect: "pass",
    resources: [
      { type: FS, name: "data", props: { id: "fs-123" } },
      { type: BP, name: "data-backup", props: { fileSystemId: "fs-123", backupPolicy: { status: "ENABLED" } } },
    ],
  },
  {
    name: "no backup policy",
    expect: "violate",
    target: "data",
    message: 'File system "data" has no BackupPolicy',
    resources: [{ type: FS, name: "data", props: { encrypted: true } }],
  },
  {
    name: "backups disabled",
    expect: "violate",
    target: "data",
    message: "BackupPolicy status is not ENABLED",
    resources: [
      { type: FS, name: "data", props: { id: "fs-123" } },
      { type: BP, name: "data-backup", props: { fileSystemId: "fs-123", backupPolicy: { status: "DISABLED" } } },
    ],
  },
  {
    name: "status unknown during preview",
    expect: "unknown",
    resources: [
      { type: FS, name: "data", props: { id: "fs-123" } },
      { type: BP, name: "data-backup", props: { fileSystemId: "fs-123", backupPolicy: { status: unknown() } } },
    ],
  },
]);
