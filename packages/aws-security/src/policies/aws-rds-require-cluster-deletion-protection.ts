import { awsRds } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/** RDS and Aurora DB clusters must have deletion protection on. */
export default awsPolicy({
  name: "aws-rds-require-cluster-deletion-protection",
  description: "RDS and Aurora DB clusters must have deletion protection enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set deletionProtection to true on the cluster. To delete it later, set it to false first in a separate update.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection",
  resourceTypes: [awsRds.CLUSTER_TYPE],
  validateResource: requireTrue({
    path: "deletionProtection",
    message: "deletionProtection is not set to true, so the cluster can be deleted by a single API call or a `pulumi destroy`. Set deletionProtection to true.",
  }),
});
