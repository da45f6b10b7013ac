import { awsRds } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireTrueUnless } from "../lib/flags";
import { multiAzExempt } from "../lib/rds";

/**
 * RDS DB instances should be Multi-AZ deployments. Aurora members (availability comes from the
 * cluster's replicas), read replicas and SQL Server Express (no Multi-AZ support) are skipped.
 */
export default awsPolicy({
  name: "aws-rds-recommend-multi-az",
  description: "RDS DB instances should be deployed in multiple Availability Zones.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set multiAz to true so RDS keeps a synchronous standby in another Availability Zone and fails over to it automatically.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html",
  resourceTypes: [awsRds.INSTANCE_TYPE],
  validateResource: requireTrueUnless({
    path: "multiAz",
    exempt: multiAzExempt,
    exemptPath: "engine",
    message: "multiAz is not set to true, so the instance has no standby in another Availability Zone. Set multiAz to true for production databases.",
  }),
});
