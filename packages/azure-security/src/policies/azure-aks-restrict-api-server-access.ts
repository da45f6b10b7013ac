import { isOpenCidr, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { AKS } from "../lib/aks";

/**
 * The AKS API server must not be reachable from the whole internet: a private cluster
 * (`apiServerAccessProfile.enablePrivateCluster`), `publicNetworkAccess: "Disabled"`, or
 * `apiServerAccessProfile.authorizedIPRanges` without 0.0.0.0/0. By default the API server has a
 * public endpoint open to every address.
 */
export default azurePolicy({
  name: "azure-aks-restrict-api-server-access",
  description: "The AKS API server must be private or restricted to authorized IP ranges, not open to the internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `apiServerAccessProfile: { enablePrivateCluster: true }` (a private cluster), or `apiServerAccessProfile: { authorizedIPRanges: ["<office or CI CIDR>"] }` with your own ranges (never 0.0.0.0/0).',
  url: "https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges",
  resourceTypes: [AKS],
  validateResource: ({ props }, report) => {
    const priv = peek<unknown>(props, "apiServerAccessProfile.enablePrivateCluster");
    if (priv.state === "known" && priv.value === true) return;
    const pna = peek<unknown>(props, "publicNetworkAccess");
    if (pna.state === "known" && typeof pna.value === "string" && pna.value.toLowerCase() === "disabled") return;
    const ranges = peekItems<unknown>(props, "apiServerAccessProfile.authorizedIPRanges");
    if (ranges.known.length > 0 && !ranges.unknown && !ranges.known.some(isOpenCidr)) return;
    // Private or public-access-disabled clusters pass whatever their ranges say: an unknown flag
    // decides the verdict, so it gives the preview advisory, never a violation.
    if (priv.state === "unknown") return requireKnown(props, "apiServerAccessProfile.enablePrivateCluster");
    if (pna.state === "unknown") return requireKnown(props, "publicNetworkAccess");
    if (ranges.known.some(isOpenCidr)) {
      report(
        "apiServerAccessProfile.authorizedIPRanges contains 0.0.0.0/0, so the API server accepts connections from the whole internet. List only your own CIDR ranges.",
      );
      return;
    }
    if (ranges.unknown) return requireKnown(props, "apiServerAccessProfile.authorizedIPRanges");
    report(
      "The API server is public and apiServerAccessProfile.authorizedIPRanges is empty, so it accepts connections from the whole internet. Set apiServerAccessProfile.enablePrivateCluster to true or list authorizedIPRanges.",
    );
  },
});
