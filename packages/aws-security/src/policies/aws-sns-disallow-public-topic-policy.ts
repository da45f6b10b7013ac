import { awsPolicy } from "../policy";
import { disallowPublicPolicy } from "../lib/public-statements";

/**
 * SNS topic policies (inline `policy` on the topic, or `aws:sns/topicPolicy:TopicPolicy`) must not
 * allow any principal without a restricting condition. The default topic policy AWS writes
 * (`Principal: {"AWS": "*"}` with `AWS:SourceOwner`) is restricted and passes.
 */
export default awsPolicy({
  name: "aws-sns-disallow-public-topic-policy",
  description: 'SNS topic policies must not allow access to everyone (Principal "*" without a restricting condition).',
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the accounts, roles or service principals that may publish or subscribe, or keep `"*"` only with a condition such as aws:SourceOwner, aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
  url: "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
  resourceTypes: ["aws:sns/topic:Topic", "aws:sns/topicPolicy:TopicPolicy"],
  validateResource: disallowPublicPolicy(
    ", so anyone can publish to or subscribe to the topic. Name the allowed principals or add an aws:SourceOwner / aws:PrincipalOrgID condition.",
  ),
});
