import { awsPolicy } from "../policy";
import { disallowPublicPolicy } from "../lib/public-statements";

/**
 * SQS queue policies (inline `policy` on the queue, or `aws:sqs/queuePolicy:QueuePolicy`) must
 * not allow any principal without a restricting condition.
 */
export default awsPolicy({
  name: "aws-sqs-disallow-public-queue-policy",
  description: 'SQS queue policies must not allow access to everyone (Principal "*" without a restricting condition).',
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the accounts, roles or service principals that need the queue in the statement\'s Principal, or keep `"*"` only together with a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
  url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-creating-custom-policies.html",
  resourceTypes: ["aws:sqs/queue:Queue", "aws:sqs/queuePolicy:QueuePolicy"],
  validateResource: disallowPublicPolicy(", so anyone can use the queue. Name the allowed principals or add an aws:SourceArn / aws:PrincipalOrgID condition."),
});
