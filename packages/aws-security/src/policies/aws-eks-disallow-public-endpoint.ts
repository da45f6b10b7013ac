import { isOpenCidr, peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * The EKS API server endpoint must not be reachable from the whole internet. The public endpoint
 * is on by default (`vpcConfig.endpointPublicAccess` defaults to true) and EKS defaults
 * `vpcConfig.publicAccessCidrs` to 0.0.0.0/0 (eks/cluster.d.ts, types/input.d.ts
 * `eks.ClusterVpcConfig`). Passes with the public endpoint off, or limited to known ranges.
 */
export default awsPolicy({
  name: "aws-eks-disallow-public-endpoint",
  description: "EKS cluster API endpoints must not be publicly accessible from 0.0.0.0/0.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `vpcConfig.endpointPublicAccess: false` and `vpcConfig.endpointPrivateAccess: true`, or keep the public endpoint but list only your office/VPN ranges in `vpcConfig.publicAccessCidrs`.",
  url: "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  validateResource: ({ props }, report) => {
    const pub = peek<boolean>(props, "vpcConfig.endpointPublicAccess");
    if (pub.state === "known" && pub.value === false) return;
    const cidrs = peekItems<string>(props, "vpcConfig.publicAccessCidrs");
    const open = cidrs.known.filter((c) => typeof c === "string" && isOpenCidr(c));
    const defaulted = peek(props, "vpcConfig.publicAccessCidrs").state === "absent";
    if (pub.state === "unknown" && (open.length || defaulted)) requireKnown(props, "vpcConfig.endpointPublicAccess");
    if (open.length) {
      report(
        msg`vpcConfig.publicAccessCidrs allows ${open.join(", ")}, so the public API endpoint is reachable from the internet. Turn endpointPublicAccess off or restrict publicAccessCidrs.`,
      );
    } else if (defaulted) {
      report(
        "The public API endpoint is on (vpcConfig.endpointPublicAccess defaults to true) and vpcConfig.publicAccessCidrs is not set, so EKS allows 0.0.0.0/0. Turn endpointPublicAccess off or set publicAccessCidrs to your ranges.",
      );
    } else if (cidrs.unknown) {
      requireKnown(props, "vpcConfig.publicAccessCidrs");
    }
  },
});
