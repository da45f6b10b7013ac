import { awsPolicy } from "../policy";
import { checkValue } from "../lib/flags";

/**
 * Redshift clusters should not use the default admin user name "awsuser" (`masterUsername`,
 * redshift/cluster.d.ts; Security Hub Redshift.8), which attackers try first.
 */
export default awsPolicy({
  name: "aws-redshift-disallow-default-admin-username",
  description: "Redshift clusters should not use the default admin user name awsuser.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `masterUsername` to a name other than "awsuser" (this requires a new cluster or a restore from snapshot).',
  url: "https://docs.aws.amazon.com/redshift/latest/mgmt/create-cluster.html",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  validateResource: checkValue("masterUsername", (v) =>
    v.state === "known" && typeof v.value === "string" && v.value.toLowerCase() === "awsuser"
      ? 'masterUsername is the default admin name "awsuser". Choose a different admin user name.'
      : undefined,
  ),
});
