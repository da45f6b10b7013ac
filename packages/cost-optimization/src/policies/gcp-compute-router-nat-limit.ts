import { ENVIRONMENT_CONFIG } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { checkNatCount, natLimitConfig, privateWhen } from "../lib/nat";

/** A stack must not run more public Cloud NAT gateways than its cap. */
export default costPolicy({
  name: "gcp-compute-router-nat-limit",
  description:
    "A stack runs at most the configured number of public Cloud NAT gateways (RouterNat); each bills per hour per VM using it plus per GB processed.",
  severity: "low",
  remediationSteps:
    "Share one Cloud NAT per region and VPC across subnets (sourceSubnetworkIpRangesToNat ALL_SUBNETWORKS_ALL_IP_RANGES), use Private Google Access for Google APIs, or raise maxNatGateways / nonProductionMaxNatGateways.",
  url: "https://cloud.google.com/nat/docs/overview",
  tags: ["network"],
  resourceTypes: ["gcp:compute/routerNat:RouterNat"],
  config: { ...natLimitConfig(4, 1), ...ENVIRONMENT_CONFIG },
  validateStack: (ctx, report) => {
    checkNatCount(ctx, ["gcp:compute/routerNat:RouterNat"], privateWhen("type", "PRIVATE"), "Cloud NAT", report);
  },
});
