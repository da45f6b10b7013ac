import { checkGcpLocation, describeAllowed, describeRegion, isGcpGlobalLocation, isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { GCP_LOCATED_TYPES } from "../generated/resource-types";
import { GCP_PROVIDER_TYPE, gcpLocationOf } from "../where";

/** Types with their own data-location policy (Cloud Storage buckets: gcp-storage-bucket-locations). */
const OWN_POLICY = ["gcp:storage/bucket:Bucket"];

/**
 * Every GCP resource with a `region`, `zone` or `location` (and every GCP provider) must be in an
 * allowed location. Falls back to the provider's `region`/`zone` when the resource sets none;
 * zones map to their region; case-insensitive; multi-regions (`EU`, `US`, `ASIA`) and predefined
 * dual-regions expand to their member regions. `global` resources are not applicable.
 */
export default locationPolicy<"gcp-location-allowed-region", ResidencyConfig>({
  name: "gcp-location-allowed-region",
  description: "GCP resources and providers must be in an allowed location (allowedRegions.gcp or allowedJurisdictions).",
  remediationSteps:
    "Set `region`, `zone` or `location` on the resource, or `region`/`zone` on the gcp provider, to a location inside allowedRegions.gcp or allowedJurisdictions (a multi-region only when all its regions are allowed), or change the pack's configuration.",
  url: "https://cloud.google.com/about/locations",
  resourceTypes: [GCP_PROVIDER_TYPE, ...Object.keys(GCP_LOCATED_TYPES).filter((t) => !OWN_POLICY.includes(t))],
  config: RESIDENCY_CONFIG,
  validateResource: ({ type, props, provider, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    // Until the pack is configured, multi-location-require-configuration reports it once per stack.
    if (!isResidencyConfigured(settings, "gcp")) return;
    const where = gcpLocationOf(type, props, provider);
    if (where.state === "unknown") return report.unknown(msg`the location (${where.path}) is not known yet.`);
    if (where.state === "absent") {
      if (type === GCP_PROVIDER_TYPE) notApplicable("the provider sets no default region or zone");
      return report.advisory("location cannot be determined: the resource sets no region, zone or location and its provider no region or zone. Set one.");
    }
    if (isGcpGlobalLocation(where.value)) notApplicable("location is global");
    const v = checkGcpLocation(where.value, settings);
    if (v.allowed) return;
    const bad = v.members.filter((m) => !m.allowed).map(describeRegion);
    const what = v.kind === "region" ? msg`location ${bad[0]}` : msg`${v.kind} "${v.location}", which stores data in ${bad.join(", ")},`;
    report(
      msg`${what} (from ${where.source}) is outside the allowed locations (${describeAllowed("gcp", settings)}). ` +
        `Use an allowed location${v.members.some((m) => m.reason === "not-in-catalog") ? ", or list it in allowedRegions.gcp" : ""}.`,
    );
  },
});
