import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * Redshift clusters should keep automated snapshots: `automatedSnapshotRetentionPeriod` (days,
 * default 1, 0 = off; redshift/cluster.d.ts) at least `minimumRetentionDays` (Security Hub
 * Redshift.3 uses 7).
 */
export default awsPolicy({
  name: "aws-redshift-require-automatic-snapshots",
  description: "Redshift clusters should retain automated snapshots for at least the minimum number of days.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `automatedSnapshotRetentionPeriod` to at least the minimum retention (7 days by default, up to 35).",
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  config: {
    minimumRetentionDays: { type: "integer", minimum: 1, maximum: 35, description: "Minimum automatedSnapshotRetentionPeriod in days.", default: 7 },
  },
  validateResource: ({ props, config }, report) => {
    const v = peekForVerdict<number>(props, "automatedSnapshotRetentionPeriod");
    const days = v.state === "known" ? v.value : v.state === "absent" ? 1 : undefined;
    if (typeof days === "number" && days < config.minimumRetentionDays) {
      const shown = v.state === "absent" ? "not set (default 1 day)" : String(days);
      report(
        msg`automatedSnapshotRetentionPeriod is ${shown}, below the minimum of ${config.minimumRetentionDays} days${days === 0 ? " (0 turns automated snapshots off)" : ""}. Raise it.`,
      );
    }
  },
});
