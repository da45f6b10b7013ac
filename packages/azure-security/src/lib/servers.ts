/**
 * Database servers and the resources that configure them, linked by `serverName` (the server's
 * `serverName` input or `name` output, or the property dependency during preview).
 */
import { isSet, peek, requireKnown } from "@rampart/policy-core";
import type { PolicyResource } from "@pulumi/policy";
import type { CompanionSpec, CompanionVerdict } from "./companions";
import { sameText } from "./settings";

/** Azure SQL logical server. */
export const SQL_SERVER = "azure-native:sql:Server";

/**
 * The two flexible-server modules of azure-native (PostgreSQL, MySQL) whose `Server`,
 * `Configuration` and `FirewallRule` resources have the same shape (dbforpostgresql/server.d.ts,
 * dbformysql/server.d.ts and their configuration.d.ts / firewallRule.d.ts).
 */
export type FlexibleEngine = "dbforpostgresql" | "dbformysql";

/** Type token of the flexible server of `engine` (`azure-native:dbformysql:Server`). */
export const flexibleServerType = (engine: FlexibleEngine): string => `azure-native:${engine}:Server`;

/** Type token of a server parameter of `engine` (`azure-native:dbformysql:Configuration`). */
export const configurationType = (engine: FlexibleEngine): string => `azure-native:${engine}:Configuration`;

/** Type token of a server-level firewall rule of `engine` (`azure-native:dbformysql:FirewallRule`). */
export const flexibleFirewallRuleType = (engine: FlexibleEngine): string => `azure-native:${engine}:FirewallRule`;

/** The link half of a `CompanionSpec` for companions of `serverType` named by `serverName`. */
export function serverLink(
  serverType: string,
  companionTypes: readonly string[],
): Pick<CompanionSpec, "targetTypes" | "companionTypes" | "linkProperty" | "targetKeys"> {
  return { targetTypes: [serverType], companionTypes, linkProperty: "serverName", targetKeys: ["serverName", "name"] };
}

/**
 * The verdict on a server companion whose `state` must be "Enabled" (case-insensitive), such as
 * `sql:ServerSecurityAlertPolicy` or `sql:ServerBlobAuditingPolicy`: "unknown" during preview,
 * "ok" when Enabled, else "bad" (an omitted state too, unless `absentOk`).
 */
export function enabledStateVerdict(companion: PolicyResource, absentOk = false): CompanionVerdict {
  const s = peek(companion.props, "state");
  if (s.state === "unknown") return "unknown";
  if (s.state === "absent") return absentOk ? "ok" : "bad";
  return sameText(s.value, "Enabled") ? "ok" : "bad";
}

/**
 * The resource check of "a PostgreSQL/MySQL flexible server must not be reachable from public
 * networks", on the server's inputs `props`: private access (a `network.delegatedSubnetResourceId`,
 * also when unknown during preview, which rules public access out) or `network.publicNetworkAccess`
 * "Disabled" passes; anything else (public access is on when neither is set) is reported once on
 * `report`. An unknown `publicNetworkAccess` goes through `requireKnown` (the SDK's preview advisory).
 */
export function checkFlexiblePublicAccess(props: unknown, report: (message: string) => void): void {
  if (isSet(props, "network.delegatedSubnetResourceId")) return; // private access (virtual network integration)
  const pna = peek<string>(props, "network.publicNetworkAccess");
  if (pna.state === "unknown") requireKnown(props, "network.publicNetworkAccess");
  if (pna.state === "known" && sameText(pna.value, "Disabled")) return;
  report(
    'network.publicNetworkAccess is not "Disabled" and the server has no delegated subnet, so its public endpoint accepts connections its firewall rules allow. Set network.publicNetworkAccess to "Disabled".',
  );
}
