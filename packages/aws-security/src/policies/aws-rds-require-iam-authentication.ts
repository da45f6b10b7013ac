import { awsRds, peek, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Engines that support IAM database authentication (RDS User Guide, "IAM database
 * authentication", Region and version availability): MySQL, MariaDB and PostgreSQL, and the Aurora
 * MySQL/PostgreSQL engines for clusters.
 */
const INSTANCE_ENGINES = ["mysql", "mariadb", "postgres"];
const CLUSTER_ENGINES = ["aurora-mysql", "aurora-postgresql", "aurora", "mysql", "postgres"];

/** RDS instances and clusters of engines that support it must enable IAM database authentication. */
export default awsPolicy({
  name: "aws-rds-require-iam-authentication",
  description: "RDS DB instances and clusters of MySQL, MariaDB and PostgreSQL engines must enable IAM database authentication.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set iamDatabaseAuthenticationEnabled to true, create database users mapped to IAM (the rds_iam role or AWSAuthenticationPlugin) and let applications connect with short-lived IAM authentication tokens instead of long-lived passwords.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_TYPE],
  validateResource: ({ type, props }, report) => {
    const on = peek<unknown>(props, "iamDatabaseAuthenticationEnabled");
    if (on.state === "known" && on.value === true) return;
    if (type === awsRds.INSTANCE_TYPE && awsRds.isReadReplica(props)) return;
    if (type === awsRds.CLUSTER_TYPE) {
      const mode = peek<unknown>(props, "engineMode");
      if (mode.state === "known" && mode.value === "serverless") return; // Aurora Serverless v1 does not support it
    }
    const engine = awsRds.engineOf(props);
    if (engine.state === "absent") return;
    if (engine.state === "unknown") requireKnown(props, "engine");
    if (engine.state !== "known" || !(type === awsRds.INSTANCE_TYPE ? INSTANCE_ENGINES : CLUSTER_ENGINES).includes(engine.engine)) return;
    if (on.state === "unknown") requireKnown(props, "iamDatabaseAuthenticationEnabled");
    report(
      msg`iamDatabaseAuthenticationEnabled is not set to true for this ${engine.engine} ${type === awsRds.INSTANCE_TYPE ? "instance" : "cluster"}. Set it to true and connect with IAM authentication tokens.`,
    );
  },
});
