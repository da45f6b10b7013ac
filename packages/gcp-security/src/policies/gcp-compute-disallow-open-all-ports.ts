import { msg, show } from "@rampart/policy-core";
import { FIREWALL, reportOpenIngress } from "../lib/firewall";
import { gcpPolicy } from "../policy";

/** VPC firewall rules must not allow every port (protocol `all`, or TCP/UDP without ports) from the internet. */
export default gcpPolicy({
  name: "gcp-compute-disallow-open-all-ports",
  description: "VPC firewall rules must not allow all protocols or all ports from the internet (0.0.0.0/0 or ::/0).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Replace `protocol: "all"` (or a TCP/UDP entry without `ports`) with the protocols and ports the service needs, and restrict `sourceRanges` to the clients that need them.',
  url: "https://cloud.google.com/firewall/docs/firewalls",
  resourceTypes: [FIREWALL],
  validateResource: ({ props }, report) =>
    reportOpenIngress(
      props,
      "all-ports",
      report,
      (h) =>
        msg`${h.path} allows protocol ${show(h.protocol)} on every port from ${h.cidr} (sourceRanges) on an INGRESS rule. List only the needed protocols and ports, and restrict sourceRanges.`,
    ),
});
