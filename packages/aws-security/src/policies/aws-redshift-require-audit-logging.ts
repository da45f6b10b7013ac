import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { requireCompanion } from "../lib/companions";

/**
 * Redshift clusters should have audit logging. In @pulumi/aws 7 it is configured with the
 * companion `aws:redshift/logging:Logging` (`clusterIdentifier`, `logDestinationType` s3 or
 * cloudwatch, `bucketName`, `logExports`; redshift/logging.d.ts), linked to the cluster through
 * `clusterIdentifier` or its property dependency during preview.
 */
export default awsPolicy({
  name: "aws-redshift-require-audit-logging",
  description: "Redshift clusters should have audit logging enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an aws.redshift.Logging for the cluster, e.g. `{ clusterIdentifier: cluster.clusterIdentifier, logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] }` (user activity logs also need enable_user_activity_logging in the parameter group).',
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
  ...requireCompanion({
    target: "aws:redshift/cluster:Cluster",
    companion: "aws:redshift/logging:Logging",
    linkProperty: "clusterIdentifier",
    targetKeys: ["clusterIdentifier", "id"],
    // A Logging resource with neither a bucket nor a log destination type logs nowhere.
    state: (l) => (peek(l.props, "bucketName").state !== "absent" || peek(l.props, "logDestinationType").state !== "absent" ? "yes" : "no"),
    unresolved: (c) => msg`Cluster "${c.name}": a Logging resource whose clusterIdentifier is not known yet may belong to it.`,
    disabled: (c) =>
      msg`Cluster "${c.name}": its Logging resource sets neither bucketName nor logDestinationType. Set logDestinationType ("s3" with bucketName, or "cloudwatch" with logExports).`,
    missing: (c) => msg`Cluster "${c.name}" has no audit logging: no aws.redshift.Logging resource names it. Add one.`,
  }),
});
