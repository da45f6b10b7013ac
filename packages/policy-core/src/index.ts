/**
 * @rampart/policy-core: how a rampart policy is defined, matched, configured and selected, plus
 * unknown-safe readers, the stack index and shared helpers for policy documents and networks.
 */
export * from "./types";
export * from "./unknown";
export * from "./define";
export * from "./factory";
export * from "./pack";
export * from "./glob";
export * from "./exemptions";
export * from "./frameworks";
export * from "./stack-index";
export * from "./secrets";
export * from "./secret-leaks";
export { installSdkHooks } from "./sdk-hooks";
export { installDispatch, currentStackView } from "./dispatch";
export * from "./policy-document";
export * from "./network";
export * as awsS3 from "./aws/s3";
export * as awsEc2 from "./aws/ec2";
export * as awsResourcePolicy from "./aws/resource-policy";
export * as awsEcs from "./aws/ecs";
export * from "./environment";
export * as awsIam from "./aws/iam";
export * as awsRds from "./aws/rds";
export * as awsElb from "./aws/elb";
export * as awsCloudFront from "./aws/cloudfront";
export * from "./locations";
