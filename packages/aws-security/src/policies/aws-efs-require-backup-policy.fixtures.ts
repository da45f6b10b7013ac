import { unknown } from "@rampart/policy-testing";
import { resourceOf, stackFixtures } from "../lib/companions.fixtures-kit";

const fileSystem = resourceOf("aws:efs/fileSystem:FileSystem");
const backup = resourceOf("aws:efs/backupPolicy:BackupPolicy");
/** The file system "data" (id fs-123) with a BackupPolicy of that status. */
const withStatus = (status: unknown) => [fileSystem("data", { id: "fs-123" }), backup("data-backup", { fileSystemId: "fs-123", backupPolicy: { status } })];

export default stackFixtures([
  [
    "backups enabled, linked by property dependency",
    "pass",
    [
      fileSystem("data", { encrypted: true }),
      backup("data-backup", { fileSystemId: unknown(), backupPolicy: { status: "ENABLED" } }, { fileSystemId: ["data"] }),
    ],
  ],
  ["backups enabled, linked by id", "pass", withStatus("ENABLED")],
  ["no backup policy", "violate", [fileSystem("data", { encrypted: true })], 'File system "data" has no BackupPolicy', "data"],
  ["backups disabled", "violate", withStatus("DISABLED"), "BackupPolicy status is not ENABLED", "data"],
  ["status unknown during preview", "unknown", withStatus(unknown())],
]);
