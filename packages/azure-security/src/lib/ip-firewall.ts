/**
 * Server-level IPv4 firewall rules (`startIpAddress` / `endIpAddress`) of Azure SQL
 * (`sql:FirewallRule`), PostgreSQL flexible (`dbforpostgresql:FirewallRule`) and MySQL flexible
 * (`dbformysql:FirewallRule`) servers: a rule from 0.0.0.0 to 0.0.0.0 is the special "allow Azure
 * services" rule; a rule spanning more than a /8 opens the server to a large part of the internet.
 */
import { peek, requireKnown } from "@rampart/policy-core";

/** An IPv4 address as a number, or undefined when it is not a dotted quad. */
export function ipv4(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] * 256 + parts[1]) * 256 + parts[2]) * 256 + parts[3];
}

/** Addresses in a /8: ranges larger than this count as open to the internet. */
export const SLASH_8 = 2 ** 24;

/** What a firewall rule opens. */
export type RangeKind = "azure-services" | "internet" | "limited";

/**
 * Classifies a firewall rule's range. Reads `startIpAddress` and `endIpAddress`; when either is
 * unknown during preview, `requireKnown` raises the SDK's preview advisory. Malformed or absent
 * addresses give "limited" (the API rejects them).
 */
export function classifyRange(props: unknown, start = "startIpAddress", end = "endIpAddress"): RangeKind {
  const s = peek(props, start);
  const e = peek(props, end);
  if (s.state === "unknown") requireKnown(props, start);
  if (e.state === "unknown") requireKnown(props, end);
  const a = ipv4(s.state === "known" ? s.value : undefined);
  const b = ipv4(e.state === "known" ? e.value : undefined);
  if (a === undefined || b === undefined || b < a) return "limited";
  if (a === 0 && b === 0) return "azure-services";
  return b - a + 1 > SLASH_8 ? "internet" : "limited";
}

/**
 * The resource check of "no allow-all-Azure-services rule" on a firewall rule's inputs `props`:
 * reports the 0.0.0.0–0.0.0.0 rule (see `classifyRange`), which admits every Azure resource,
 * other customers' included.
 */
export function checkAzureServicesRule(props: unknown, report: (message: string) => void): void {
  if (classifyRange(props) === "azure-services") {
    report(
      "startIpAddress and endIpAddress are 0.0.0.0, which allows connections from any Azure resource, including other customers'. Remove the rule and allow specific networks instead.",
    );
  }
}

/**
 * The resource check of "no rule open to the internet" on a firewall rule's inputs `props`:
 * reports a `startIpAddress`–`endIpAddress` range wider than a /8 (see `classifyRange`).
 */
export function checkInternetRule(props: unknown, report: (message: string) => void): void {
  if (classifyRange(props) === "internet") {
    report(
      "startIpAddress to endIpAddress spans more than a /8 (e.g. 0.0.0.0 to 255.255.255.255), so the server accepts connections from almost any address. Narrow the rule to your clients' addresses.",
    );
  }
}
