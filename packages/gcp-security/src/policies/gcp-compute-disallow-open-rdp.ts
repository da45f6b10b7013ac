import { openPortPolicy } from "../lib/firewall";

/** VPC firewall rules must not allow RDP (TCP port 3389) from 0.0.0.0/0 or ::/0. */
export default openPortPolicy({
  name: "gcp-compute-disallow-open-rdp",
  description: "VPC firewall rules must not allow RDP (TCP port 3389) from the internet (0.0.0.0/0 or ::/0).",
  severity: "critical",
  enforcementLevel: "mandatory",
  url: "https://cloud.google.com/firewall/docs/using-firewalls",
  service: "RDP",
  port: 3389,
});
