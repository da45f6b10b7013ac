import { nsgExposurePolicy } from "../lib/nsg";

/**
 * Network security groups must not allow RDP (TCP 3389) from the internet. Checks every inbound Allow rule, inline in a NetworkSecurityGroup (`securityRules`) or a
 * separate SecurityRule, whose source is the internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) and
 * whose destination port range(s) reach RDP (TCP 3389).
 */
export default nsgExposurePolicy({
  name: "azure-network-nsg-restrict-rdp-from-internet",
  description: "Network security groups must not allow RDP (TCP 3389) from the internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  exposure: { protocols: ["tcp"], ports: [3389] },
  what: "RDP (TCP 3389)",
  fix: "Restrict sourceAddressPrefix(es) to known administrator ranges, or remove the rule and use Azure Bastion or just-in-time VM access.",
});
