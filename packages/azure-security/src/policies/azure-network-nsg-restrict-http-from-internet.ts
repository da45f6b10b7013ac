import { nsgExposurePolicy } from "../lib/nsg";

/**
 * Network security groups should not expose HTTP or HTTPS (TCP 80, 443) directly from the internet. Checks every inbound Allow rule, inline in a NetworkSecurityGroup (`securityRules`) or a
 * separate SecurityRule, whose source is the internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) and
 * whose destination port range(s) reach HTTP(S) (TCP 80 or 443).
 */
export default nsgExposurePolicy({
  name: "azure-network-nsg-restrict-http-from-internet",
  description: "Network security groups should not expose HTTP or HTTPS (TCP 80, 443) directly from the internet.",
  severity: "medium",
  enforcementLevel: "advisory",
  exposure: { protocols: ["tcp"], ports: [80, 443] },
  what: "HTTP(S) (TCP 80 or 443)",
  fix: "Publish web workloads through Azure Application Gateway with WAF or Azure Front Door and restrict sourceAddressPrefix(es) to them (service tags such as AzureFrontDoor.Backend); turn the policy off for NSGs of intended public web tiers.",
});
