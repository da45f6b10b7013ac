import { nsgExposurePolicy } from "../lib/nsg";

/**
 * Network security groups should not allow UDP traffic from the internet. Checks every inbound Allow rule, inline in a NetworkSecurityGroup (`securityRules`) or a
 * separate SecurityRule, whose source is the internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) and
 * whose destination port range(s) reach UDP traffic.
 */
export default nsgExposurePolicy({
  name: "azure-network-nsg-restrict-udp-from-internet",
  description: "Network security groups should not allow UDP traffic from the internet.",
  severity: "medium",
  enforcementLevel: "advisory",
  exposure: { protocols: ["udp"], ports: "all" },
  what: "UDP traffic",
  fix: "Restrict sourceAddressPrefix(es) of UDP rules to known ranges; put public UDP services behind Azure DDoS Protection.",
});
