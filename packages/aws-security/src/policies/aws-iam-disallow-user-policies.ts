import { peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const USER_POLICY = "aws:iam/userPolicy:UserPolicy";
const USER_POLICY_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
const USER_POLICIES_EXCLUSIVE = "aws:iam/userPoliciesExclusive:UserPoliciesExclusive";
const USER_POLICY_ATTACHMENTS_EXCLUSIVE = "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";

/**
 * IAM users should get permissions only through groups (or roles), never through policies
 * attached to or embedded in the user: `UserPolicy`, `UserPolicyAttachment`, a
 * `PolicyAttachment` listing `users`, and the `*Exclusive` resources with a non-empty list.
 */
export default awsPolicy({
  name: "aws-iam-disallow-user-policies",
  description: "IAM users must not have policies attached directly; grant permissions through groups or roles.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Attach the policy to an IAM group (aws.iam.GroupPolicyAttachment or GroupPolicy) and add the user to the group with aws.iam.UserGroupMembership, or better, use IAM Identity Center or roles instead of IAM users.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html",
  resourceTypes: [USER_POLICY, USER_POLICY_ATTACHMENT, POLICY_ATTACHMENT, USER_POLICIES_EXCLUSIVE, USER_POLICY_ATTACHMENTS_EXCLUSIVE],
  validateResource: ({ type, props }, report) => {
    const fix = "Attach it to a group and add the user to the group.";
    if (type === USER_POLICY) return report(msg`This inline policy is embedded in an IAM user. ${fix}`);
    if (type === USER_POLICY_ATTACHMENT) return report(msg`This attaches a managed policy directly to an IAM user. ${fix}`);
    const path = type === POLICY_ATTACHMENT ? "users" : type === USER_POLICIES_EXCLUSIVE ? "policyNames" : "policyArns";
    const list = peekItems<unknown>(props, path);
    if (list.known.length) {
      report(
        type === POLICY_ATTACHMENT
          ? msg`users lists ${list.known.length} IAM user(s), so the policy is attached directly to users. Use groups instead of users.`
          : msg`${path} gives the IAM user ${list.known.length} directly attached or inline polic(ies). ${fix}`,
      );
      return;
    }
    if (list.unknown) requireKnown(props, path);
  },
});
