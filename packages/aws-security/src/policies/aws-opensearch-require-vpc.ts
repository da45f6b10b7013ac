import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";

/**
 * OpenSearch domains should be deployed in a VPC (`vpcOptions.subnetIds`), not on a public
 * endpoint. The choice is made at creation (types/input.d.ts `opensearch.DomainVpcOptions`).
 */
export default awsPolicy({
  name: "aws-opensearch-require-vpc",
  description: "OpenSearch domains should be deployed in a VPC rather than on a public endpoint.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `vpcOptions: { subnetIds: [...], securityGroupIds: [...] }` so the domain gets a VPC endpoint (this requires a new domain) and reach it through the VPC, a VPN or a proxy.",
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
  resourceTypes: DOMAIN_TYPES,
  validateResource: ({ props }, report) => {
    const subnets = peekItems<string>(props, "vpcOptions.subnetIds");
    if (subnets.known.length) return;
    if (subnets.unknown) {
      requireKnown(props, "vpcOptions.subnetIds");
      return;
    }
    if (peek(props, "vpcOptions").state === "unknown") requireKnown(props, "vpcOptions");
    report("vpcOptions.subnetIds is not set, so the domain has a public endpoint. Create the domain in a VPC with vpcOptions.subnetIds and securityGroupIds.");
  },
});
