import { peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/**
 * Cloud DNS server policies (`gcp:dns/policy:Policy`, attached to VPC networks) must log queries
 * (`enableLogging: true`; off when omitted). Whether every VPC network has such a policy is not
 * checked here.
 */
export default gcpPolicy({
  name: "gcp-dns-require-query-logging",
  description: "Cloud DNS server policies attached to VPC networks must enable query logging (enableLogging true).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set enableLogging to true on the gcp.dns.Policy and attach it (networks) to every VPC network.",
  url: "https://cloud.google.com/dns/docs/monitoring",
  resourceTypes: ["gcp:dns/policy:Policy"],
  validateResource: ({ props }, report) => {
    const log = peek<boolean>(props, "enableLogging");
    if (log.state === "unknown") return requireKnown(props, "enableLogging");
    if (log.state === "known" && log.value === true) return;
    report(
      `enableLogging is ${log.state === "known" ? "false" : "not set (off by default)"}, so DNS queries from the policy's networks are not logged. Set enableLogging to true.`,
    );
  },
});
