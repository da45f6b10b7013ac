import { fixtures, unknown } from "@rampart/policy-testing";

const VP = "aws:backup/vaultPolicy:VaultPolicy";
const doc = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });

export default fixtures([
  {
    name: "deny deletion for everyone",
    expect: "pass",
    resource: {
      type: VP,
      props: { backupVaultName: "prod", policy: doc([{ Effect: "Deny", Principal: "*", Action: ["backup:DeleteRecoveryPoint"], Resource: "*" }]) },
    },
  },
  {
    name: "copy into the vault from the organization",
    expect: "pass",
    resource: {
      type: VP,
      props: {
        backupVaultName: "prod",
        policy: doc([
          {
            Effect: "Allow",
            Principal: "*",
            Action: "backup:CopyIntoBackupVault",
            Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
          },
        ]),
      },
    },
  },
  {
    name: "everyone may copy into the vault",
    expect: "violate",
    message: "policy Statement[0] allows any principal",
    resource: {
      type: VP,
      props: { backupVaultName: "prod", policy: doc([{ Effect: "Allow", Principal: { AWS: "*" }, Action: "backup:CopyIntoBackupVault", Resource: "*" }]) },
    },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: VP, props: { backupVaultName: "prod", policy: unknown() } } },
  { name: "vault is not a policy", expect: "not-applicable", resource: { type: "aws:backup/vault:Vault", props: {} } },
]);
