import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/** Redshift clusters must not be publicly accessible (`publiclyAccessible`, default false; redshift/cluster.d.ts). */
export default awsPolicy({
  name: "aws-redshift-disallow-public-access",
  description: "Redshift clusters must not be publicly accessible.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `publiclyAccessible: false` (the default) and reach the cluster from inside the VPC, through a VPN, or with a Redshift-managed VPC endpoint.",
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/rs-vpc-public-access.html",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  validateResource: forbidValue({
    path: "publiclyAccessible",
    value: true,
    message: "publiclyAccessible is true, so the cluster gets a public IP address and endpoint. Set publiclyAccessible to false.",
  }),
});
