import { requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER, publicEndpoint } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE clusters should not expose their control plane on a public IP endpoint: either only the
 * private endpoint (`privateClusterConfig.enablePrivateEndpoint: true`) or no IP endpoint at all
 * (`controlPlaneEndpointsConfig.ipEndpointsConfig.enabled: false`, DNS endpoint only). Omitted,
 * the public endpoint is on (the provider's default). Authorized networks on a public endpoint are
 * gcp-gke-restrict-control-plane-access.
 */
export default gcpPolicy({
  name: "gcp-gke-require-private-endpoint",
  description: "GKE clusters should disable public access to the control plane (privateClusterConfig.enablePrivateEndpoint true, or the DNS endpoint only).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set privateClusterConfig { enablePrivateNodes: true, enablePrivateEndpoint: true } (reach the control plane from the VPC, a bastion or Cloud VPN/Interconnect), or turn off IP access with controlPlaneEndpointsConfig.ipEndpointsConfig.enabled false and use the DNS endpoint.",
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const ep = publicEndpoint(props);
    if (!ep.exposed) return;
    if (ep.unknownPath) return requireKnown(props, ep.unknownPath);
    const how = ep.privateEndpoint.state === "known" ? "is false" : "is not set (the public endpoint is on by default)";
    report(
      `privateClusterConfig.enablePrivateEndpoint ${how}, so the control plane has a public IP endpoint. Set privateClusterConfig.enablePrivateEndpoint to true, or controlPlaneEndpointsConfig.ipEndpointsConfig.enabled to false and use the DNS endpoint.`,
    );
  },
});
