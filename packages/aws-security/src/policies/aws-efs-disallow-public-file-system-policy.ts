import { awsPolicy } from "../policy";
import { disallowPublicPolicy } from "../lib/public-statements";

/**
 * EFS file system policies (`aws:efs/fileSystemPolicy:FileSystemPolicy` `policy`) must not allow
 * any principal without a restricting condition: with network access to a mount target, anyone
 * could mount, read and write the file system.
 */
export default awsPolicy({
  name: "aws-efs-disallow-public-file-system-policy",
  description: 'EFS file system policies must not allow access to everyone (Principal "*" without a restricting condition).',
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the roles or accounts that may mount the file system in the statement\'s Principal, or keep `"*"` only with a condition such as aws:PrincipalOrgID or aws:SourceVpc (elasticfilesystem:AccessPointArn alone does not restrict who).',
  url: "https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html",
  resourceTypes: ["aws:efs/fileSystemPolicy:FileSystemPolicy"],
  validateResource: disallowPublicPolicy(". Name the allowed principals or add an aws:PrincipalOrgID / aws:SourceVpc condition."),
});
