import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/**
 * Redshift clusters should use enhanced VPC routing (`enhancedVpcRouting`, off by default;
 * redshift/cluster.d.ts) so COPY and UNLOAD traffic goes through the VPC, where security groups,
 * endpoints and flow logs apply.
 */
export default awsPolicy({
  name: "aws-redshift-require-enhanced-vpc-routing",
  description: "Redshift clusters should use enhanced VPC routing.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `enhancedVpcRouting: true` and give the VPC a route to S3 (an S3 gateway endpoint or a NAT gateway).",
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  validateResource: requireTrue({
    path: "enhancedVpcRouting",
    message: "enhancedVpcRouting is not true, so COPY/UNLOAD traffic bypasses the VPC. Set enhancedVpcRouting to true.",
  }),
});
