import { isSet, msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const USER = "gcp:sql/user:User";

/**
 * Built-in Cloud SQL users (`gcp:sql/user:User` with `type` omitted or `BUILT_IN`) must have a
 * password (`password` or `passwordWo`): a MySQL user without one logs in with no password at
 * all. IAM users (`CLOUD_IAM_*`) authenticate with IAM and take no password. The provider deletes
 * the default `root@%` user a new instance comes with, so the instance itself needs no root password.
 * Advisory: the user resource does not say its instance's engine, and only on MySQL does a built-in
 * user without a password log in with none (PostgreSQL and SQL Server refuse the login).
 */
export default gcpPolicy({
  name: "gcp-sql-require-user-password",
  description: "Built-in Cloud SQL users (including root) must have a password.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set password (from a Pulumi secret, e.g. a random.RandomPassword) or passwordWo on the gcp.sql.User, or make it an IAM user (type CLOUD_IAM_USER or CLOUD_IAM_SERVICE_ACCOUNT) with IAM database authentication.",
  url: "https://cloud.google.com/sql/docs/mysql/create-manage-users",
  resourceTypes: [USER],
  validateResource: ({ props }, report) => {
    const type = peek<string>(props, "type");
    if (type.state === "known" && String(type.value).toUpperCase() !== "BUILT_IN") return; // IAM users take no password
    if (isSet(props, "password") || isSet(props, "passwordWo")) return;
    if (type.state === "unknown") return requireKnown(props, "type");
    report(
      type.state === "known"
        ? msg`The Cloud SQL user of type ${show(type.value)} has neither password nor passwordWo, so on a MySQL instance it can log in without a password. Set password or passwordWo.`
        : "The Cloud SQL user (type not set: BUILT_IN) has neither password nor passwordWo, so on a MySQL instance it can log in without a password. Set password or passwordWo.",
    );
  },
});
