import { booleanPolicy } from "../lib/checks";
import { SQL_INSTANCE } from "../lib/sql-flags";

/**
 * Cloud SQL instances should have no public IPv4 address (`settings.ipConfiguration.ipv4Enabled:
 * false`, with a `privateNetwork` or Private Service Connect). Omitted, the provider assigns a
 * public IP. Advisory: a public IP with no authorized networks is reachable only through the
 * Cloud SQL Auth Proxy and connectors, and some setups need it.
 */
export default booleanPolicy({
  name: "gcp-sql-recommend-private-ip",
  description: "Cloud SQL instances should use private IP only (ipv4Enabled false).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set settings.ipConfiguration.ipv4Enabled to false and settings.ipConfiguration.privateNetwork to your VPC (private services access) or enable Private Service Connect (pscConfigs); connect from outside the VPC through the Cloud SQL Auth Proxy.",
  url: "https://cloud.google.com/sql/docs/mysql/configure-private-ip",
  resourceTypes: [SQL_INSTANCE],
  path: "settings.ipConfiguration.ipv4Enabled",
  want: false,
  defaultValue: true,
  literal: true,
  unset: "the provider assigns a public IP by default",
  risk: "the instance has a public IP address",
  fix: "Set ipv4Enabled to false and use privateNetwork or Private Service Connect.",
});
