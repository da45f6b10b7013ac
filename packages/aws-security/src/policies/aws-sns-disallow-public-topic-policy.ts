import { awsResourcePolicy, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const r = awsResourcePolicy.publicStatements(props, "policy");
    for (const s of r.public) {
      report(
        msg`policy ${awsResourcePolicy.statementLabel(s)} allows any principal ("*") without a restricting condition, so anyone can publish to or subscribe to the topic. Name the allowed principals or add an aws:SourceOwner / aws:PrincipalOrgID condition.`,
      );
    }
    if (!r.public.length && r.unknown) requireKnown(props, "policy");
  },
});
