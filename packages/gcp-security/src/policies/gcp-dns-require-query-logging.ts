import { booleanPolicy } from "../lib/checks";

/**
 * Cloud DNS server policies (`gcp:dns/policy:Policy`, attached to VPC networks) must log queries
 * (`enableLogging: true`; off when omitted). Whether every VPC network has such a policy is not
 * checked here.
 */
export default booleanPolicy({
  name: "gcp-dns-require-query-logging",
  description: "Cloud DNS server policies attached to VPC networks must enable query logging (enableLogging true).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set enableLogging to true on the gcp.dns.Policy and attach it (networks) to every VPC network.",
  url: "https://cloud.google.com/dns/docs/monitoring",
  resourceTypes: ["gcp:dns/policy:Policy"],
  path: "enableLogging",
  want: true,
  defaultValue: false,
  literal: true,
  unset: "off by default",
  risk: "DNS queries from the policy's networks are not logged",
  fix: "Set enableLogging to true.",
});
