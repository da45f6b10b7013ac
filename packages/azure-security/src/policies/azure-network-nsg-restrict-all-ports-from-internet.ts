import { nsgExposurePolicy } from "../lib/nsg";

/**
 * Network security groups must not allow traffic on every port from the internet. Checks every inbound Allow rule, inline in a NetworkSecurityGroup (`securityRules`) or a
 * separate SecurityRule, whose source is the internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) and
 * whose destination port range(s) reach traffic on every port.
 */
export default nsgExposurePolicy({
  name: "azure-network-nsg-restrict-all-ports-from-internet",
  description: "Network security groups must not allow traffic on every port from the internet.",
  severity: "critical",
  enforcementLevel: "mandatory",
  exposure: { protocols: ["tcp", "udp"], ports: "any" },
  what: "traffic on every port",
  fix: "Replace the rule with rules for the specific ports the workload serves, and restrict sourceAddressPrefix(es) to known ranges.",
});
