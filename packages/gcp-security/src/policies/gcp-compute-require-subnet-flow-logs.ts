import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** Proxy-only, Private Service Connect and similar subnets carry no VM traffic and do not support flow logs. */
const NO_FLOW_LOGS = new Set([
  "REGIONAL_MANAGED_PROXY",
  "GLOBAL_MANAGED_PROXY",
  "INTERNAL_HTTPS_LOAD_BALANCER",
  "PRIVATE_SERVICE_CONNECT",
  "PEER_MIGRATION",
  "PRIVATE_NAT",
]);

/** Subnets must have VPC flow logs (`logConfig`) enabled; `logConfig` absent means flow logs off. */
export default gcpPolicy({
  name: "gcp-compute-require-subnet-flow-logs",
  description: "VPC subnets must have VPC Flow Logs enabled (`logConfig`).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" }` to the subnetwork (CIS recommends 5-second aggregation, full sampling and all metadata).',
  url: "https://cloud.google.com/vpc/docs/using-flow-logs",
  resourceTypes: ["gcp:compute/subnetwork:Subnetwork"],
  validateResource: ({ props }, report) => {
    const purpose = peek<unknown>(props, "purpose");
    if (purpose.state === "unknown") {
      requireKnown(props, "purpose");
      return;
    }
    if (purpose.state === "known" && NO_FLOW_LOGS.has(String(purpose.value).toUpperCase())) return;
    const log = peek<unknown>(props, "logConfig");
    if (log.state === "absent") {
      report("logConfig is not set, so VPC Flow Logs are off for this subnet (the provider's default) and its traffic is not recorded. Add a logConfig block.");
      return;
    }
    if (log.state === "unknown") return; // set: counts as enabled
    const sampling = peek<unknown>(log.value, "flowSampling");
    if (sampling.state === "known" && sampling.value === 0) {
      report(msg`logConfig.flowSampling is ${show(sampling.value)}, so no flows are logged. Set flowSampling to 1 (or at least above 0).`);
    }
  },
});
