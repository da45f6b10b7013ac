import { requireImdsv2 } from "../lib/imds";
import { awsPolicy } from "../policy";

const TYPES = ["aws:ec2/instance:Instance", "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "aws:ec2/launchConfiguration:LaunchConfiguration"];

/**
 * EC2 instances (and spot requests / launch configurations) must require IMDSv2:
 * `metadataOptions.httpTokens` "required", or the metadata service turned off
 * (`metadataOptions.httpEndpoint` "disabled"). When `httpTokens` is omitted EC2 uses the AMI's or
 * account's default, which is "optional" unless the AMI sets ImdsSupport v2.0 or an
 * aws.ec2.InstanceMetadataDefaults requires tokens: advisory by default for that reason.
 */
export default awsPolicy({
  name: "aws-ec2-require-imdsv2",
  description: "EC2 instances must require Instance Metadata Service Version 2 (IMDSv2).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: 'Set metadataOptions.httpTokens to "required" (and httpPutResponseHopLimit to 1, or 2 for containers on the instance).',
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
  resourceTypes: TYPES,
  validateResource: requireImdsv2(
    'metadataOptions.httpTokens is not set, so the instance accepts IMDSv1 unless its AMI or the account default requires tokens. Set it to "required".',
  ),
});
