import { msg, requireKnown, show } from "@rampart/policy-core";
import { FIREWALL, openIngress } from "../lib/firewall";
import { gcpPolicy } from "../policy";

/** VPC firewall rules must not allow SSH (TCP port 22) from 0.0.0.0/0 or ::/0. */
export default gcpPolicy({
  name: "gcp-compute-disallow-open-ssh",
  description: "VPC firewall rules must not allow SSH (TCP port 22) from the internet (0.0.0.0/0 or ::/0).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Restrict the rule's `sourceRanges` to the address ranges that need SSH (22) (a VPN or bastion range, or Identity-Aware Proxy's 35.235.240.0/20 for IAP TCP forwarding), or remove the rule.",
  url: "https://cloud.google.com/firewall/docs/using-firewalls",
  resourceTypes: [FIREWALL],
  validateResource: ({ props }, report) => {
    const { hits, unknown } = openIngress(props, { tcp: 22 });
    for (const h of hits) {
      report(
        msg`${h.path} allows protocol ${show(h.protocol)} from ${h.cidr} (sourceRanges) on an INGRESS rule, which includes SSH (22). Restrict sourceRanges or remove the entry.`,
      );
    }
    if (!hits.length && unknown) requireKnown(props);
  },
});
