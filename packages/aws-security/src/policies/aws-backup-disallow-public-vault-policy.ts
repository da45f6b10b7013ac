import { awsPolicy } from "../policy";
import { disallowPublicPolicy } from "../lib/public-statements";

/**
 * AWS Backup vault access policies (`aws:backup/vaultPolicy:VaultPolicy` `policy`) must not allow
 * any principal without a restricting condition: that would let anyone copy, restore or delete
 * recovery points.
 */
export default awsPolicy({
  name: "aws-backup-disallow-public-vault-policy",
  description: 'AWS Backup vault policies must not allow access to everyone (Principal "*" without a restricting condition).',
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the accounts or roles that may use the vault (e.g. for cross-account copy) in the statement\'s Principal, or keep `"*"` only with an aws:PrincipalOrgID condition. Use Deny statements to protect recovery points from deletion.',
  url: "https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html",
  resourceTypes: ["aws:backup/vaultPolicy:VaultPolicy"],
  validateResource: disallowPublicPolicy(". Name the allowed principals or add an aws:PrincipalOrgID condition."),
});
