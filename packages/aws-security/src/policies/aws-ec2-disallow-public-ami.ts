import { checkValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** AMIs must not be made public: aws.ec2.AmiLaunchPermission with `group` "all" is reported. */
export default awsPolicy({
  name: "aws-ec2-disallow-public-ami",
  description: "AMIs must not be shared publicly.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Remove `group: "all"` from the aws.ec2.AmiLaunchPermission and share the AMI with specific accounts (accountId), an organization (organizationArn) or an OU (organizationalUnitArn).',
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html",
  resourceTypes: ["aws:ec2/amiLaunchPermission:AmiLaunchPermission"],
  validateResource: checkValue("group", (g) =>
    g.state === "known" && String(g.value).toLowerCase() === "all"
      ? 'group is "all", which makes the AMI public. Share it with specific accounts or your organization instead.'
      : undefined,
  ),
});
