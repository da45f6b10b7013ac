import { fixtures, unknown } from "@rampart/policy-testing";

const V = "aws:backup/vault:Vault";
const L = "aws:backup/vaultLockConfiguration:VaultLockConfiguration";

export default fixtures([
  {
    name: "vault with a lock",
    expect: "pass",
    resources: [
      { type: V, name: "prod", props: { name: "prod" } },
      { type: L, name: "prod-lock", props: { backupVaultName: "prod", minRetentionDays: 7, maxRetentionDays: 365 } },
    ],
  },
  {
    name: "lock linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: V, name: "prod", props: { name: unknown() } },
      { type: L, name: "prod-lock", props: { backupVaultName: unknown(), minRetentionDays: 7 }, propertyDependencies: { backupVaultName: ["prod"] } },
    ],
  },
  {
    name: "vault without a lock",
    expect: "violate",
    target: "prod",
    message: 'Vault "prod" has no VaultLockConfiguration',
    resources: [{ type: V, name: "prod", props: { name: "prod" } }],
  },
  {
    name: "lock with an unresolvable vault",
    expect: "unknown",
    resources: [
      { type: V, name: "prod", props: { name: "prod" } },
      { type: L, name: "lock", props: { backupVaultName: unknown(), minRetentionDays: 7 } },
    ],
  },
]);
