import { requireImdsv2 } from "../lib/imds";
import { awsPolicy } from "../policy";

/**
 * EC2 launch templates must require IMDSv2 (`metadataOptions.httpTokens` "required") or turn the
 * metadata service off (`metadataOptions.httpEndpoint` "disabled").
 */
export default awsPolicy({
  name: "aws-ec2-launch-template-require-imdsv2",
  description: "EC2 launch templates must require Instance Metadata Service Version 2 (IMDSv2).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set metadataOptions.httpTokens to "required" in the launch template (with httpEndpoint "enabled" and httpPutResponseHopLimit 1, or 2 for containers).',
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
  resourceTypes: ["aws:ec2/launchTemplate:LaunchTemplate"],
  validateResource: requireImdsv2(
    'metadataOptions.httpTokens is not set, so instances launched from the template accept IMDSv1 unless the AMI or account default requires tokens. Set it to "required".',
  ),
});
