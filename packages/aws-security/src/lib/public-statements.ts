/**
 * The `validateResource` of the policies that forbid a public resource policy document: a JSON
 * policy at `policy` (an SNS topic or queue, an AWS Backup vault policy, an EFS file system policy)
 * whose Allow statement names Principal "*" without a restricting condition. What counts as public
 * is `awsResourcePolicy.publicStatements` of @rampart/policy-core.
 */
import { awsResourcePolicy, msg, requireKnown } from "@rampart/policy-core";
import type { PropsCheck } from "./flags";

/**
 * Reports each public statement of the policy document at `policy` as `policy <statement> allows
 * any principal ("*") without a restricting condition` followed by `tail` (the consequence and the
 * fix, e.g. ", so anyone can use the queue. Name the allowed principals ..."). A document or
 * statement unknown during preview, with no known public statement, goes through `requireKnown`.
 */
export function disallowPublicPolicy(tail: string): PropsCheck {
  return ({ props }, report) => {
    const r = awsResourcePolicy.publicStatements(props, "policy");
    for (const s of r.public) {
      report(msg`policy ${awsResourcePolicy.statementLabel(s)} allows any principal ("*") without a restricting condition` + tail);
    }
    if (!r.public.length && r.unknown) requireKnown(props, "policy");
  };
}
