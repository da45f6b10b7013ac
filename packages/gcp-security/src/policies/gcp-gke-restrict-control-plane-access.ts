import { isOpenCidr, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER, publicEndpoint } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * The GKE control plane must not be reachable from the whole internet. Fine when direct IP access
 * is off (`controlPlaneEndpointsConfig.ipEndpointsConfig.enabled: false`, DNS endpoint only), when
 * only the private endpoint is used (`privateClusterConfig.enablePrivateEndpoint: true`), or when
 * `masterAuthorizedNetworksConfig` is set without a 0.0.0.0/0 block and without
 * `gcpPublicCidrsAccessEnabled: true` (which admits every Google Cloud public IP). Without
 * `masterAuthorizedNetworksConfig`, the public endpoint accepts any address.
 */
export default gcpPolicy({
  name: "gcp-gke-restrict-control-plane-access",
  description: "GKE clusters must restrict their public control plane endpoint with master authorized networks (or use only the private or DNS endpoint).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Add masterAuthorizedNetworksConfig with cidrBlocks for your admin and CI ranges (never 0.0.0.0/0, and gcpPublicCidrsAccessEnabled false), or set privateClusterConfig.enablePrivateEndpoint to true, or turn off direct IP access (controlPlaneEndpointsConfig.ipEndpointsConfig.enabled false) and use the DNS endpoint.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const ep = publicEndpoint(props);
    if (!ep.exposed) return;
    const man = peek<unknown>(props, "masterAuthorizedNetworksConfig");
    let problem: string | undefined;
    let unknownPath: string | undefined = man.state === "unknown" ? "masterAuthorizedNetworksConfig" : undefined;
    if (man.state === "absent") {
      problem =
        "masterAuthorizedNetworksConfig is not set, so the control plane's public endpoint accepts connections from any address. Add masterAuthorizedNetworksConfig with specific cidrBlocks, or use the private or DNS endpoint.";
    } else if (man.state === "known") {
      const gcpIps = peek<boolean>(props, "masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled");
      if (gcpIps.state === "unknown") unknownPath = "masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled";
      else if (gcpIps.state === "known" && gcpIps.value === true) {
        problem =
          "masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled is true, so the control plane's public endpoint accepts connections from every Google Cloud public IP address (any project's VMs). Set it to false and list specific cidrBlocks.";
      }
      const blocks = peekItems<Record<string, unknown>>(props, "masterAuthorizedNetworksConfig.cidrBlocks");
      if (blocks.unknown) unknownPath = "masterAuthorizedNetworksConfig.cidrBlocks";
      for (const b of blocks.known) {
        const c = peek<string>(b, "cidrBlock");
        if (c.state === "unknown") unknownPath ??= "masterAuthorizedNetworksConfig.cidrBlocks";
        else if (c.state === "known" && isOpenCidr(c.value)) {
          problem =
            "masterAuthorizedNetworksConfig.cidrBlocks contains 0.0.0.0/0, so the control plane's public endpoint accepts connections from any address. List specific ranges instead.";
        }
      }
    }
    if (problem) {
      if (ep.unknownPath) return requireKnown(props, ep.unknownPath);
      report(problem);
      return;
    }
    if (unknownPath) requireKnown(props, unknownPath);
  },
});
