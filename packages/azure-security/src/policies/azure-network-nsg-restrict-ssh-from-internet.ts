import { nsgExposurePolicy } from "../lib/nsg";

/**
 * Network security groups must not allow SSH (TCP 22) from the internet. Checks every inbound Allow rule, inline in a NetworkSecurityGroup (`securityRules`) or a
 * separate SecurityRule, whose source is the internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) and
 * whose destination port range(s) reach SSH (TCP 22).
 */
export default nsgExposurePolicy({
  name: "azure-network-nsg-restrict-ssh-from-internet",
  description: "Network security groups must not allow SSH (TCP 22) from the internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  exposure: { protocols: ["tcp"], ports: [22] },
  what: "SSH (TCP 22)",
  fix: "Restrict sourceAddressPrefix(es) to known administrator ranges, or remove the rule and use Azure Bastion or just-in-time VM access.",
});
