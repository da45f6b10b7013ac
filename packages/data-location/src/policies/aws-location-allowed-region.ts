import { checkRegion, describeAllowed, describeRegion, isAwsGlobalType, isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { AWS_REGIONAL_TYPES } from "../generated/resource-types";
import { AWS_PROVIDER_TYPE, awsRegionOf } from "../where";

/**
 * Every regional AWS resource, and every AWS provider, must be in an allowed region. The region is
 * the resource's own `region` input, else its provider's `region`; when neither is known the
 * policy says so (advisory) instead of guessing. Global services (IAM, Route 53, CloudFront,
 * Organizations, ...) have no `region` input and are not applicable.
 */
export default locationPolicy<"aws-location-allowed-region", ResidencyConfig>({
  name: "aws-location-allowed-region",
  description: "AWS resources and providers must run in an allowed region (allowedRegions.aws or allowedJurisdictions).",
  remediationSteps:
    "Set `region` on the AWS provider (stack config aws:region or an explicit aws.Provider) or on the resource (@pulumi/aws 7 `region` input) to a region inside allowedRegions.aws or allowedJurisdictions, or change the pack's configuration if the region is allowed.",
  url: "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html",
  resourceTypes: [AWS_PROVIDER_TYPE, ...AWS_REGIONAL_TYPES.filter((t) => !isAwsGlobalType(t))],
  config: RESIDENCY_CONFIG,
  validateResource: ({ type, props, provider, config }, report) => {
    const settings = residencyOf(config);
    // Until the pack is configured, multi-location-require-configuration reports it once per stack.
    if (!isResidencyConfigured(settings, "aws")) return;
    const where = awsRegionOf(type, props, provider);
    if (where.state === "unknown") return report.unknown(msg`the region (${where.path}) is not known yet.`);
    if (where.state === "absent") {
      return report.advisory(
        type === AWS_PROVIDER_TYPE
          ? "region cannot be determined: the provider has no region. Set region on the provider."
          : "region cannot be determined: neither the resource's region nor its provider's region is set. Set region on the provider or the resource.",
      );
    }
    const v = checkRegion("aws", where.value, settings);
    if (v.allowed) return;
    const what = type === AWS_PROVIDER_TYPE ? "This AWS provider deploys to" : "This resource is in";
    report(
      msg`${what} region ${describeRegion(v)} (from ${where.source}), outside the allowed locations (${describeAllowed("aws", settings)}). ` +
        `Set region to an allowed region${v.reason === "not-in-catalog" ? ", or list it in allowedRegions.aws" : ""}.`,
    );
  },
});
