import { disallowPublicPolicy } from "../lib/public-statements";
import { awsPolicy } from "../policy";

/**
 * ECR repository policies (`aws:ecr/repositoryPolicy:RepositoryPolicy`) must not allow any
 * principal without a restricting condition: that lets anyone pull (or push) images.
 */
export default awsPolicy({
  name: "aws-ecr-disallow-public-repository-policy",
  description: 'ECR repository policies must not allow access to everyone (Principal "*" without a restricting condition).',
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the accounts or roles that may pull in the statement\'s Principal, or keep `"*"` only with a condition such as aws:PrincipalOrgID. Publish public images through Amazon ECR Public instead.',
  url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html",
  resourceTypes: ["aws:ecr/repositoryPolicy:RepositoryPolicy"],
  validateResource: disallowPublicPolicy(", so anyone can use the repository. Name the allowed principals or add an aws:PrincipalOrgID condition."),
});
