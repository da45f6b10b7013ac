import { costPolicy } from "../policy";
import { awsInstanceTypeConfig } from "../lib/configs";
import { AWS_INSTANCE_TYPES } from "../lib/compute-sizes";
import { validateOffering } from "../lib/offering";

/** Launch templates must name an allowed instance type no larger than the stack's size cap. */
export default costPolicy({
  name: "aws-ec2-launch-template-allowed-instance-types",
  description: "Launch templates use an allowed instance type: no GPU or very large family unless allowed, and no size above the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Set the launch template's instanceType to a smaller type of a current family (t4g/t3, m7g/m7i, c7g/c7i); list approved types in allowedInstanceTypes, or raise maxSize / nonProductionMaxSize for the stack.",
  url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html",
  tags: ["compute"],
  resourceTypes: ["aws:ec2/launchTemplate:LaunchTemplate"],
  config: awsInstanceTypeConfig(),
  validateResource: validateOffering("instanceType", AWS_INSTANCE_TYPES),
});
