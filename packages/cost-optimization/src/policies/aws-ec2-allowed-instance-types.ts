import { costPolicy } from "../policy";
import { awsInstanceTypeConfig } from "../lib/configs";
import { AWS_INSTANCE_TYPES } from "../lib/compute-sizes";
import { validateOffering } from "../lib/offering";

/** EC2 instances must use an allowed instance type no larger than the stack's size cap. */
export default costPolicy({
  name: "aws-ec2-allowed-instance-types",
  description: "EC2 instances use an allowed instance type: no GPU or very large family unless allowed, and no size above the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Choose a smaller general-purpose type of a current family (e.g. t4g/t3 for burstable, m7g/m7i for general purpose) sized to the workload; list approved types in allowedInstanceTypes, or raise maxSize / nonProductionMaxSize for the stack.",
  url: "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html",
  tags: ["compute"],
  resourceTypes: ["aws:ec2/instance:Instance"],
  config: awsInstanceTypeConfig(),
  validateResource: validateOffering("instanceType", AWS_INSTANCE_TYPES),
});
