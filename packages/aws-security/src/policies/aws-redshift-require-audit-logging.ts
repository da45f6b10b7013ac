import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const CLUSTER = "aws:redshift/cluster:Cluster";
const LOGGING = "aws:redshift/logging:Logging";

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
  resourceTypes: [CLUSTER, LOGGING],
  validateStack: ({ index }, report) => {
    const links = index.companions({
      targetTypes: [CLUSTER],
      companionTypes: [LOGGING],
      linkProperty: "clusterIdentifier",
      targetKeys: ["clusterIdentifier", "id"],
    });
    for (const c of index.ofType(CLUSTER)) {
      const logs = links.byTarget.get(c.urn) ?? [];
      if (logs.length) {
        // A Logging resource with neither a bucket nor a log destination type logs nowhere.
        const ok = logs.some((l) => peek(l.props, "bucketName").state !== "absent" || peek(l.props, "logDestinationType").state !== "absent");
        if (!ok)
          report(
            msg`Cluster "${c.name}": its Logging resource sets neither bucketName nor logDestinationType. Set logDestinationType ("s3" with bucketName, or "cloudwatch" with logExports).`,
            c.urn,
          );
        continue;
      }
      if (links.unresolved.length) {
        report.unknown(msg`Cluster "${c.name}": a Logging resource whose clusterIdentifier is not known yet may belong to it.`, c.urn);
        continue;
      }
      report(msg`Cluster "${c.name}" has no audit logging: no aws.redshift.Logging resource names it. Add one.`, c.urn);
    }
  },
});
