import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { isPublicAccessOff, REDIS } from "../lib/data";

/**
 * Redis caches should not have a public endpoint: `publicNetworkAccess` Disabled (private
 * endpoints) or VNet injection (`subnetId`, Premium). Enabled unless set.
 */
export default azurePolicy({
  name: "azure-redis-restrict-public-network-access",
  description: "Azure Cache for Redis should be reachable only through private endpoints or a virtual network.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `publicNetworkAccess: "Disabled"` and add a private endpoint for the cache (or deploy a Premium cache into a subnet with `subnetId`).',
  url: "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-private-link",
  resourceTypes: [REDIS],
  validateResource: ({ props }, report) => {
    const pna = peek<unknown>(props, "publicNetworkAccess");
    if (pna.state === "known" && isPublicAccessOff(pna.value)) return;
    const subnet = peek(props, "subnetId");
    if (subnet.state !== "absent") return; // VNet-injected (unknown counts as set)
    if (pna.state === "unknown") return requireKnown(props, "publicNetworkAccess");
    report(
      'publicNetworkAccess is not Disabled (the default is Enabled) and subnetId is not set, so the cache has a public endpoint. Set publicNetworkAccess to "Disabled" and use a private endpoint.',
    );
  },
});
