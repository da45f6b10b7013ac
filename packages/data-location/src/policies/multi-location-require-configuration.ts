import { isAwsGlobalType, isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import type { LocationCloud } from "@rampart/policy-core";
import { notConfiguredMessage, RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { AWS_REGIONAL_TYPES, AZURE_LOCATED_TYPES, GCP_LOCATED_TYPES } from "../generated/resource-types";
import { AWS_PROVIDER_TYPE, AZURE_PROVIDER_TYPE, GCP_PROVIDER_TYPE } from "../where";

const TYPES: Record<LocationCloud, Set<string>> = {
  aws: new Set([AWS_PROVIDER_TYPE, ...AWS_REGIONAL_TYPES.filter((t) => !isAwsGlobalType(t))]),
  azure: new Set([AZURE_PROVIDER_TYPE, ...AZURE_LOCATED_TYPES]),
  gcp: new Set([GCP_PROVIDER_TYPE, ...Object.keys(GCP_LOCATED_TYPES)]),
};

/**
 * The pack must say where data may live. Until `allowedRegions` or `allowedJurisdictions` covers a
 * cloud that the stack deploys to, the location policies cannot allow anything and stay quiet; this
 * policy says so once per cloud and stack, at mandatory by default (fail closed, but one finding
 * instead of one per resource). Set it to advisory to try the pack before configuring it.
 */
export default locationPolicy<"multi-location-require-configuration", ResidencyConfig>({
  name: "multi-location-require-configuration",
  description: "The data-location pack must be configured with the regions or jurisdictions data may live in.",
  remediationSteps:
    'Set allowedJurisdictions (e.g. ["EU"]) or allowedRegions per cloud (e.g. {"aws": ["eu-west-1"]}) in the pack\'s settings (createPolicyPack) or in the --policy-pack-config file (`rampart` can render it), or in the pack\'s configuration in Pulumi Cloud.',
  url: "https://www.pulumi.com/docs/iac/using-pulumi/crossguard/configuration/",
  resourceTypes: [...TYPES.aws, ...TYPES.azure, ...TYPES.gcp],
  config: RESIDENCY_CONFIG,
  validateStack: ({ resources, config }, report) => {
    const settings = residencyOf(config);
    for (const cloud of ["aws", "azure", "gcp"] as const) {
      if (isResidencyConfigured(settings, cloud)) continue;
      const located = resources.filter((r) => TYPES[cloud].has(r.type));
      if (!located.length) continue;
      report(msg`${notConfiguredMessage(cloud)} (${located.length} ${cloud} resource${located.length === 1 ? "" : "s"} in this stack)`, located[0].urn);
    }
  },
});
