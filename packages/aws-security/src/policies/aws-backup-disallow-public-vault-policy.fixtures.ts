import { unknown } from "@rampart/policy-testing";
import { policyFixtures } from "../lib/public-statements.fixtures-kit";

export default policyFixtures("aws:backup/vaultPolicy:VaultPolicy", { backupVaultName: "prod" }, [
  ["deny deletion for everyone", "pass", [{ Effect: "Deny", Principal: "*", Action: ["backup:DeleteRecoveryPoint"], Resource: "*" }]],
  [
    "copy into the vault from the organization",
    "pass",
    [
      {
        Effect: "Allow",
        Principal: "*",
        Action: "backup:CopyIntoBackupVault",
        Resource: "*",
        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
      },
    ],
  ],
  [
    "everyone may copy into the vault",
    "violate",
    [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "backup:CopyIntoBackupVault", Resource: "*" }],
    "policy Statement[0] allows any principal",
  ],
  ["policy unknown during preview", "unknown", unknown()],
  { name: "vault is not a policy", expect: "not-applicable", resource: { type: "aws:backup/vault:Vault", props: {} } },
]);
