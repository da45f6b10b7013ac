import { ENVIRONMENT_CONFIG } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { checkNatCount, natLimitConfig, privateWhen } from "../lib/nat";

/** A stack must not run more public NAT gateways than its cap. */
export default costPolicy({
  name: "aws-ec2-nat-gateway-limit",
  description: "A stack runs at most the configured number of public NAT gateways; each bills per hour plus per GB processed, whether used or not.",
  severity: "medium",
  remediationSteps:
    "Outside production, route all private subnets through one NAT gateway (or use a regional NAT gateway, VPC endpoints for S3/DynamoDB, or IPv6 egress-only gateways); in production keep one per availability zone; or raise maxNatGateways / nonProductionMaxNatGateways.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-pricing.html",
  tags: ["network"],
  resourceTypes: ["aws:ec2/natGateway:NatGateway"],
  config: { ...natLimitConfig(3, 1), ...ENVIRONMENT_CONFIG },
  validateStack: (ctx, report) => {
    checkNatCount(ctx, ["aws:ec2/natGateway:NatGateway"], privateWhen("connectivityType", "private"), "NAT gateway", report);
  },
});
