import { peek, requireKnown, show, msg } from "@rampart/policy-core";
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
  validateResource: ({ props }, report) => {
    const endpoint = peek<string>(props, "metadataOptions.httpEndpoint");
    if (endpoint.state === "known" && endpoint.value === "disabled") return;
    const tokens = peek<string>(props, "metadataOptions.httpTokens");
    if (tokens.state === "unknown") requireKnown(props, "metadataOptions.httpTokens");
    if (tokens.state === "known" && tokens.value === "required") return;
    if (endpoint.state === "unknown") requireKnown(props, "metadataOptions.httpEndpoint");
    if (tokens.state === "known") report(msg`metadataOptions.httpTokens is ${show(tokens.value)}, which allows IMDSv1. Set it to "required".`);
    else
      report(
        'metadataOptions.httpTokens is not set, so instances launched from the template accept IMDSv1 unless the AMI or account default requires tokens. Set it to "required".',
      );
  },
});
