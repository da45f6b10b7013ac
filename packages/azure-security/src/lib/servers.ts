/**
 * Database servers and the resources that configure them, linked by `serverName` (the server's
 * `serverName` input or `name` output, or the property dependency during preview).
 */
import type { CompanionSpec } from "./companions";

/** Azure SQL logical server. */
export const SQL_SERVER = "azure-native:sql:Server";

/** The link half of a `CompanionSpec` for companions of `serverType` named by `serverName`. */
export function serverLink(
  serverType: string,
  companionTypes: readonly string[],
): Pick<CompanionSpec, "targetTypes" | "companionTypes" | "linkProperty" | "targetKeys"> {
  return { targetTypes: [serverType], companionTypes, linkProperty: "serverName", targetKeys: ["serverName", "name"] };
}
