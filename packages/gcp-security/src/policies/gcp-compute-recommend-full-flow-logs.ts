import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/**
 * Where flow logs are on, CIS asks for complete records: `aggregationInterval` INTERVAL_5_SEC,
 * `flowSampling` 1, `metadata` INCLUDE_ALL_METADATA and no `filterExpr` (the provider's defaults are
 * 5 s, 0.5 and all metadata). Subnets without `logConfig` are gcp-compute-require-subnet-flow-logs' finding.
 */
export default gcpPolicy({
  name: "gcp-compute-recommend-full-flow-logs",
  description: "Subnet flow logs should record every flow with all metadata (5-second aggregation, sampling 1, INCLUDE_ALL_METADATA, no filter).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" }` and remove `filterExpr`.',
  url: "https://cloud.google.com/vpc/docs/flow-logs#key_properties",
  resourceTypes: ["gcp:compute/subnetwork:Subnetwork"],
  validateResource: ({ props }, report) => {
    const log = peek<unknown>(props, "logConfig");
    if (log.state === "unknown") {
      requireKnown(props, "logConfig");
      return;
    }
    if (log.state === "absent") return;
    const interval = peek<unknown>(log.value, "aggregationInterval");
    const sampling = peek<unknown>(log.value, "flowSampling");
    const metadata = peek<unknown>(log.value, "metadata");
    const filter = peek<unknown>(log.value, "filterExpr");
    if ([interval, sampling, metadata, filter].some((p) => p.state === "unknown")) {
      requireKnown(props, "logConfig");
      return;
    }
    if (interval.state === "known" && interval.value !== "INTERVAL_5_SEC")
      report(msg`logConfig.aggregationInterval is ${show(interval.value)}, so flows are aggregated over longer windows. Use "INTERVAL_5_SEC".`);
    if (sampling.state === "absent")
      report("logConfig.flowSampling is not set (the default is 0.5), so half of the flows are not recorded. Set flowSampling to 1.");
    else if (sampling.state === "known" && Number(sampling.value) < 1)
      report(msg`logConfig.flowSampling is ${show(sampling.value)}, so some flows are not recorded. Set flowSampling to 1.`);
    if (metadata.state === "known" && metadata.value !== "INCLUDE_ALL_METADATA")
      report(msg`logConfig.metadata is ${show(metadata.value)}, so records lack metadata. Use "INCLUDE_ALL_METADATA".`);
    if (filter.state === "known" && String(filter.value).trim() !== "" && String(filter.value).trim() !== "true")
      report("logConfig.filterExpr is set, so only matching flows are recorded. Remove filterExpr.");
  },
});
