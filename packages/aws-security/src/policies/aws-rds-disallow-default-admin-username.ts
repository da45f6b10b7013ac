import { awsRds, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * RDS DB instances and clusters should not keep a well-known administrator user name: the
 * console defaults `admin` (MySQL, MariaDB, Oracle, SQL Server, Db2) and `postgres` (PostgreSQL)
 * are what attackers try first (Security Hub RDS.24/RDS.25, AWS Config rules
 * rds-cluster-default-admin-check and rds-instance-default-admin-check). The user name is compared
 * case-insensitively and never echoed. Read replicas, restores and Aurora member instances have no
 * user name of their own and are skipped.
 */
export default awsPolicy<"aws-rds-disallow-default-admin-username", { defaultUsernames: string[] }>({
  name: "aws-rds-disallow-default-admin-username",
  description: "RDS DB instances and clusters should use a custom administrator user name instead of a default one.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Choose a non-default master user name (username on aws.rds.Instance, masterUsername on aws.rds.Cluster) when creating the database; it cannot be changed afterwards, so create a new instance or cluster and migrate.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_TYPE],
  config: {
    defaultUsernames: {
      type: "array",
      description: "User names treated as defaults (compared case-insensitively).",
      items: { type: "string" },
      default: ["admin", "postgres"],
    },
  },
  validateResource: ({ type, props, config }, report) => {
    const path = type === awsRds.CLUSTER_TYPE ? "masterUsername" : "username";
    const user = peekForVerdict<unknown>(props, path);
    if (user.state !== "known" || typeof user.value !== "string") return;
    if (type === awsRds.INSTANCE_TYPE && awsRds.instanceIsAurora(props) === "yes") return;
    const name = user.value.toLowerCase();
    if (!config.defaultUsernames.some((d) => d.toLowerCase() === name)) return;
    report(msg`${path} is a default administrator user name, which attackers try first. Create the database with a custom ${path}.`);
  },
});
