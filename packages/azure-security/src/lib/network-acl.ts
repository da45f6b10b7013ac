/**
 * The "deny by default" network rule of resources with a public endpoint and a firewall: a
 * key vault (`properties.publicNetworkAccess`, `properties.networkAcls.defaultAction`,
 * keyvault/vault.d.ts) or a storage account (`publicNetworkAccess`, `networkRuleSet.defaultAction`,
 * storage/storageAccount.d.ts). An omitted defaultAction means Allow.
 */
import { peek, requireKnown } from "@rampart/policy-core";
import { sameText } from "./settings";

/**
 * Whether the resource accepts connections from every network: undefined when public network
 * access is Disabled or the firewall's default action is Deny; otherwise how the default action
 * stands ("absent", or "set" to something other than Deny). A value unknown during preview that
 * could close it goes through `requireKnown` (the SDK's advisory, never a violation).
 */
export function openByDefault(props: unknown, publicNetworkAccess: string, defaultAction: string): "absent" | "set" | undefined {
  const pna = peek<string>(props, publicNetworkAccess);
  if (pna.state === "known" && sameText(pna.value, "Disabled")) return undefined;
  const action = peek<string>(props, defaultAction);
  if (action.state === "unknown") requireKnown(props, defaultAction);
  if (action.state === "known" && sameText(action.value, "Deny")) return undefined;
  if (pna.state === "unknown") requireKnown(props, publicNetworkAccess);
  return action.state === "absent" ? "absent" : "set";
}
