/**
 * Cloud SQL database flags (`settings.databaseFlags` of `gcp:sql/databaseInstance:DatabaseInstance`),
 * read unknown-safe, and the one validator every "flag must be X" policy of the pack uses.
 *
 * A flag applies to one engine, told by the `databaseVersion` prefix (`MYSQL_`, `POSTGRES_`,
 * `SQLSERVER_`); instances of other engines are not checked. An absent flag has the engine's
 * default, which each rule states (CIS GCP v5.0.0 section 6 gives it per flag).
 */
import { msg, peek, peekItems, requireKnown, show, type FactoryPolicyMetadata, type Report, type ResourceContext } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** The Cloud SQL instance type token. */
export const SQL_INSTANCE = "gcp:sql/databaseInstance:DatabaseInstance";

/** A Cloud SQL engine, as the prefix of `databaseVersion`. */
export type SqlEngine = "MYSQL" | "POSTGRES" | "SQLSERVER";

/** Each engine's name as the messages (and the fixtures' case names) spell it. */
export const ENGINE_NAMES: Record<SqlEngine, string> = { MYSQL: "MySQL", POSTGRES: "PostgreSQL", SQLSERVER: "SQL Server" };

/** The engine of an instance: known, unknown during preview, or none of the three (absent or another prefix). */
export function sqlEngine(props: unknown): SqlEngine | "unknown" | undefined {
  const v = peek<string>(props, "databaseVersion");
  if (v.state === "unknown") return "unknown";
  if (v.state !== "known" || typeof v.value !== "string") return undefined;
  const up = v.value.toUpperCase();
  return (Object.keys(ENGINE_NAMES) as SqlEngine[]).find((e) => up.startsWith(`${e}_`));
}

/** The result of looking a flag up: its value, absent, or unknown during preview. */
export type FlagLookup = { state: "known"; value: string } | { state: "absent" } | { state: "unknown"; path: string };

/**
 * Looks a database flag up by name (names compared case-insensitively; the last entry wins, as
 * the API keeps one per name). Unknown when the list, an entry's name or the value is unknown.
 */
export function findFlag(props: unknown, flag: string): FlagLookup {
  const list = peekItems<Record<string, unknown>>(props, "settings.databaseFlags");
  if (list.unknown) return { state: "unknown", path: "settings.databaseFlags" };
  let found: FlagLookup = { state: "absent" };
  let nameUnknown = false;
  list.known.forEach((entry) => {
    const name = peek<string>(entry, "name");
    if (name.state === "unknown") nameUnknown = true;
    if (name.state !== "known" || String(name.value).toLowerCase() !== flag.toLowerCase()) return;
    const value = peek<unknown>(entry, "value");
    if (value.state === "unknown") found = { state: "unknown", path: "settings.databaseFlags" };
    else found = value.state === "known" ? { state: "known", value: String(value.value) } : { state: "known", value: "" };
  });
  if (found.state === "absent" && nameUnknown) return { state: "unknown", path: "settings.databaseFlags" };
  return found;
}

/** One CIS flag rule: which engine and flag, which values are good, and what an absent flag means. */
export interface FlagRule {
  engine: SqlEngine;
  /** The flag's name as Cloud SQL spells it (`log_connections`, `cross db ownership chaining`). */
  flag: string;
  /** Whether a value (lower-cased, trimmed) is compliant. */
  ok(value: string): boolean;
  /** Whether the flag's absence (the engine's default) is compliant. */
  absentOk: boolean;
  /** What to set, for the message: e.g. `on`, `DEFAULT or TERSE`. */
  want: string;
  /** The engine's default, for the message when the flag is absent: e.g. `off`. */
  defaultValue: string;
  /** What to do, when it is not "add { name, value: want }" (e.g. "Remove the flag."). */
  fix?: string;
}

/**
 * Validates one flag rule on a Cloud SQL instance: quiet on other engines, the preview advisory
 * when the engine or the flag is unknown, a violation when the flag's value (or its absence) is
 * not compliant.
 */
export function checkFlag(rule: FlagRule, { props }: Pick<ResourceContext<unknown>, "props">, report: Report): void {
  const engine = sqlEngine(props);
  if (engine === "unknown") return requireKnown(props, "databaseVersion");
  if (engine !== rule.engine) return;
  const found = findFlag(props, rule.flag);
  if (found.state === "unknown") return requireKnown(props, found.path);
  const where = `settings.databaseFlags "${rule.flag}"`;
  const fix = rule.fix ?? `Add { name: "${rule.flag}", value: "${rule.want}" } to settings.databaseFlags.`;
  if (found.state === "absent") {
    if (!rule.absentOk) report(`${where} is not set on this ${ENGINE_NAMES[rule.engine]} instance (the default is ${rule.defaultValue}). ${fix}`);
    return;
  }
  if (!rule.ok(found.value.trim().toLowerCase())) report(msg`${where} is ${show(found.value)} on this ${ENGINE_NAMES[rule.engine]} instance. ${fix}`);
}

/**
 * Defines a "flag must be X" policy: the policy's own metadata (name, description, severity,
 * enforcement level, remediation, url) plus its flag rule; it applies to Cloud SQL instances
 * (`SQL_INSTANCE`) and validates with `checkFlag(rule, ...)`.
 */
export function sqlFlagPolicy<const N extends string>(meta: Omit<FactoryPolicyMetadata<N>, "resourceTypes">, rule: FlagRule) {
  return gcpPolicy({ ...meta, resourceTypes: [SQL_INSTANCE], validateResource: (resource, report) => checkFlag(rule, resource, report) });
}

/** The PostgreSQL severity levels, least severe first (`log_min_messages`, `log_min_error_statement`). */
export const PG_LEVELS = ["debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning", "error", "log", "fatal", "panic"] as const;

/** Whether a PostgreSQL level is at least `min` (unknown words are not). */
export function pgLevelAtLeast(value: string, min: (typeof PG_LEVELS)[number]): boolean {
  const i = PG_LEVELS.indexOf(value as (typeof PG_LEVELS)[number]);
  return i >= 0 && i >= PG_LEVELS.indexOf(min);
}
