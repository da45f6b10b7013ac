import { booleanPolicy } from "../lib/checks";

/** Cloud NAT gateways should log translations and errors (`logConfig.enable`; off when omitted). */
export default booleanPolicy({
  name: "gcp-compute-require-nat-logging",
  description: "Cloud NAT gateways should have logging enabled (`logConfig: { enable: true }`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `logConfig: { enable: true, filter: "ALL" }` (or `ERRORS_ONLY` to reduce volume) on the RouterNat.',
  url: "https://cloud.google.com/nat/docs/monitoring",
  resourceTypes: ["gcp:compute/routerNat:RouterNat"],
  path: "logConfig.enable",
  want: true,
  defaultValue: false,
  risk: "outbound connections through the gateway and dropped packets are not logged",
  fix: 'Set logConfig to { enable: true, filter: "ALL" }.',
});
