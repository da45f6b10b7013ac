import { azurePolicy } from "../policy";
import { NSG, SECURITY_RULE, nsgExposureCheck } from "../lib/nsg";

/**
 * Network security groups must not allow SSH (TCP 22) from the internet. Checks every inbound Allow rule, inline in a NetworkSecurityGroup (`securityRules`) or a
 * separate SecurityRule, whose source is the internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) and
 * whose destination port range(s) reach SSH (TCP 22).
 */
export default azurePolicy({
  name: "azure-network-nsg-restrict-ssh-from-internet",
  description: "Network security groups must not allow SSH (TCP 22) from the internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Restrict sourceAddressPrefix(es) to known administrator ranges, or remove the rule and use Azure Bastion or just-in-time VM access.",
  url: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
  resourceTypes: [NSG, SECURITY_RULE],
  validateResource: nsgExposureCheck(
    { protocols: ["tcp"], ports: [22] },
    "SSH (TCP 22)",
    "Restrict sourceAddressPrefix(es) to known administrator ranges, or remove the rule and use Azure Bastion or just-in-time VM access.",
  ),
});
