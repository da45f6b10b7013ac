import { isOpenCidr, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { COSMOS, isPublicAccessOff } from "../lib/data";

/**
 * Cosmos DB accounts must not accept connections from every network: `publicNetworkAccess`
 * Disabled (private endpoints) or SecuredByPerimeter, or an IP firewall (`ipRules`) or virtual
 * network filter (`isVirtualNetworkFilterEnabled` with `virtualNetworkRules`). By default
 * public access is enabled with no firewall. An `ipRules` list whose value is unknown during
 * preview counts as set.
 */
export default azurePolicy({
  name: "azure-cosmosdb-restrict-network-access",
  description: "Cosmos DB accounts must restrict network access with private endpoints, an IP firewall or virtual network rules.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` and connect through a private endpoint, or keep it enabled with `ipRules: [{ ipAddressOrRange: "<your CIDR>" }]` and/or `isVirtualNetworkFilterEnabled: true` with `virtualNetworkRules`.',
  url: "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-firewall",
  resourceTypes: [COSMOS],
  validateResource: ({ props }, report) => {
    const pna = peek<unknown>(props, "publicNetworkAccess");
    if (pna.state === "known" && isPublicAccessOff(pna.value)) return;
    const ip = peekItems<unknown>(props, "ipRules");
    const cidrs = ip.known.map((r) => peek<unknown>(r, "ipAddressOrRange"));
    if (cidrs.some((c) => c.state === "known" && isOpenCidr(c.value))) {
      if (pna.state === "unknown") return requireKnown(props, "publicNetworkAccess"); // Disabled would close it
      report(
        "ipRules contains 0.0.0.0/0, so the account accepts connections from the whole internet. List only your own addresses, or set publicNetworkAccess to Disabled.",
      );
      return;
    }
    if (ip.unknown || cidrs.length > 0) return; // an IP firewall (unknown counts as set)
    const vnet = peek<unknown>(props, "isVirtualNetworkFilterEnabled");
    const rules = peekItems<unknown>(props, "virtualNetworkRules");
    if (vnet.state === "known" && vnet.value === true && (rules.unknown || rules.known.length > 0)) return;
    if (pna.state === "unknown") return requireKnown(props, "publicNetworkAccess");
    if (vnet.state === "unknown") return requireKnown(props, "isVirtualNetworkFilterEnabled");
    report(
      "publicNetworkAccess is not Disabled and neither ipRules nor a virtual network filter is set, so the account accepts connections from every network. Set publicNetworkAccess to Disabled (private endpoints) or add ipRules / virtualNetworkRules.",
    );
  },
});
