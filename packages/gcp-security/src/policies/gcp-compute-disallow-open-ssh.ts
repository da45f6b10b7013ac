import { openPortPolicy } from "../lib/firewall";

/** VPC firewall rules must not allow SSH (TCP port 22) from 0.0.0.0/0 or ::/0. */
export default openPortPolicy({
  name: "gcp-compute-disallow-open-ssh",
  description: "VPC firewall rules must not allow SSH (TCP port 22) from the internet (0.0.0.0/0 or ::/0).",
  severity: "critical",
  enforcementLevel: "mandatory",
  url: "https://cloud.google.com/firewall/docs/using-firewalls",
  service: "SSH",
  port: 22,
});
