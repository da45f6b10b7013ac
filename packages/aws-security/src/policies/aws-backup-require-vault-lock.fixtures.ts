import { unknown } from "@rampart/policy-testing";
import { resourceOf, stackFixtures } from "../lib/companions.fixtures-kit";

const vault = resourceOf("aws:backup/vault:Vault");
const lock = resourceOf("aws:backup/vaultLockConfiguration:VaultLockConfiguration");

export default stackFixtures([
  ["vault with a lock", "pass", [vault("prod", { name: "prod" }), lock("prod-lock", { backupVaultName: "prod", minRetentionDays: 7, maxRetentionDays: 365 })]],
  [
    "lock linked by property dependency during preview",
    "pass",
    [vault("prod", { name: unknown() }), lock("prod-lock", { backupVaultName: unknown(), minRetentionDays: 7 }, { backupVaultName: ["prod"] })],
  ],
  ["vault without a lock", "violate", [vault("prod", { name: "prod" })], 'Vault "prod" has no VaultLockConfiguration', "prod"],
  ["lock with an unresolvable vault", "unknown", [vault("prod", { name: "prod" }), lock("lock", { backupVaultName: unknown(), minRetentionDays: 7 })]],
]);
