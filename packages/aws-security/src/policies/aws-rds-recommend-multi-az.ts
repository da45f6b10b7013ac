import { awsRds, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const v = peek<unknown>(props, "multiAz");
    if (v.state === "known" && v.value === true) return;
    if (awsRds.isReadReplica(props)) return;
    const engine = awsRds.engineOf(props);
    if (engine.state === "known" && (awsRds.isAuroraEngine(engine.engine) || engine.engine === "sqlserver-ex")) return;
    if (v.state === "unknown") requireKnown(props, "multiAz");
    if (engine.state === "unknown") requireKnown(props, "engine");
    report("multiAz is not set to true, so the instance has no standby in another Availability Zone. Set multiAz to true for production databases.");
  },
});
