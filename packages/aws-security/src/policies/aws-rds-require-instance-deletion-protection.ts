import { awsRds } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireTrueUnless } from "../lib/flags";
import { auroraMember } from "../lib/rds";

/** RDS DB instances must have deletion protection on; Aurora members are protected at cluster level. */
export default awsPolicy({
  name: "aws-rds-require-instance-deletion-protection",
  description: "RDS DB instances must have deletion protection enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set deletionProtection to true. To delete the instance later, set it to false first in a separate update.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection",
  resourceTypes: [awsRds.INSTANCE_TYPE],
  validateResource: requireTrueUnless({
    path: "deletionProtection",
    exempt: auroraMember,
    exemptPath: "engine",
    message:
      "deletionProtection is not set to true, so the instance can be deleted by a single API call or a `pulumi destroy`. Set deletionProtection to true.",
  }),
});
