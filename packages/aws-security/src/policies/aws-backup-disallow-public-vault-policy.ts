import { awsResourcePolicy, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const r = awsResourcePolicy.publicStatements(props, "policy");
    for (const s of r.public) {
      report(
        msg`policy ${awsResourcePolicy.statementLabel(s)} allows any principal ("*") without a restricting condition. Name the allowed principals or add an aws:PrincipalOrgID condition.`,
      );
    }
    if (!r.public.length && r.unknown) requireKnown(props, "policy");
  },
});
