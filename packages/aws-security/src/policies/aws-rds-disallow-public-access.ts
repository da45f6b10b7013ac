import { awsRds } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/** RDS DB instances and Aurora cluster instances must not be publicly accessible. */
export default awsPolicy({
  name: "aws-rds-disallow-public-access",
  description: "RDS DB instances and Aurora cluster instances must not be publicly accessible.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set publiclyAccessible to false (the default) and reach the database from inside the VPC, through a VPN, AWS Client VPN, or a bastion or Session Manager port forwarding.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_INSTANCE_TYPE],
  validateResource: forbidValue({
    path: "publiclyAccessible",
    value: true,
    message:
      "publiclyAccessible is true, so the database gets a public IP address and a DNS name that resolves to it from the internet. Set publiclyAccessible to false.",
  }),
});
