import { awsResourcePolicy, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const r = awsResourcePolicy.publicStatements(props, "policy");
    for (const s of r.public) {
      report(
        msg`policy ${awsResourcePolicy.statementLabel(s)} allows any principal ("*") without a restricting condition, so anyone can use the queue. Name the allowed principals or add an aws:SourceArn / aws:PrincipalOrgID condition.`,
      );
    }
    if (!r.public.length && r.unknown) requireKnown(props, "policy");
  },
});
