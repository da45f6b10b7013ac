import { checkGcpLocation, describeAllowed, describeRegion, isResidencyConfigured, peek, peekItems, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { listForMessage, RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";

/**
 * Cloud Storage buckets must keep every copy of their data in allowed regions. A bucket's
 * `location` is a region, a multi-region (`EU`, `US`, `ASIA`: every region of that area) or a
 * dual-region (predefined, e.g. `EUR4`, or configurable: `customPlacementConfig.dataLocations`
 * names its two regions). Case-insensitive.
 */
export default locationPolicy<"gcp-storage-bucket-locations", ResidencyConfig>({
  name: "gcp-storage-bucket-locations",
  description: "Cloud Storage buckets must store and replicate data only in allowed regions (region, dual-region or multi-region).",
  remediationSteps:
    "Set the bucket's `location` to an allowed region, or to a multi-region/dual-region whose regions are all allowed (for a configurable dual-region, list two allowed regions in `customPlacementConfig.dataLocations`).",
  url: "https://cloud.google.com/storage/docs/locations",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  config: RESIDENCY_CONFIG,
  validateResource: ({ props, config }, report) => {
    const settings = residencyOf(config);
    // Until the pack is configured, multi-location-require-configuration reports it once per stack.
    if (!isResidencyConfigured(settings, "gcp")) return;
    const loc = peek<unknown>(props, "location");
    if (loc.state === "unknown") return report.unknown("the bucket's location is not known yet.");
    if (loc.state === "absent" || typeof loc.value !== "string") {
      return report.advisory("location cannot be determined: the bucket has no location. Set location.");
    }
    const dl = peekItems<unknown>(props, "customPlacementConfig.dataLocations");
    if (dl.unknown) return report.unknown("customPlacementConfig.dataLocations is not known yet.");
    const dataLocations = dl.known.filter((d): d is string => typeof d === "string");
    const v = checkGcpLocation(loc.value, settings, dataLocations);
    if (v.allowed) return;
    const bad = listForMessage(v.members.filter((m) => !m.allowed).map(describeRegion), ", ");
    const what =
      v.kind === "region"
        ? msg`The bucket's location ${bad}`
        : v.kind === "custom-dual-region"
          ? msg`customPlacementConfig.dataLocations places data in ${bad}, which`
          : msg`The bucket's ${v.kind} "${v.location}" stores data in ${bad}, which`;
    report(
      msg`${what} ${v.kind === "region" ? "is" : "are"} outside the allowed locations (${describeAllowed("gcp", settings)}). ` +
        "Choose a location whose every region is allowed.",
    );
  },
});
