/**
 * Cloud SQL instance resources for fixtures, and the standard fixture cases of a Cloud SQL "flag must be X" policy (one written with
 * `sqlFlagPolicy` of ./sql-flags), generated from the flag's facts so every flag policy is
 * tested the same way: the compliant value, a wrong value, the flag absent (the engine's
 * default), another engine, and the three preview-unknown places (databaseVersion, the flag's
 * value, the flag list), then the not-applicable resource.
 */
import { fixtures, unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";
import { ENGINE_NAMES, SQL_INSTANCE, type FlagRule, type SqlEngine } from "./sql-flags";

/** A database flag entry as `settings.databaseFlags` holds it (the value may be `unknown()`). */
type FlagEntry = { name: string; value: unknown };

/** The `databaseVersion` each engine's cases use, and the one of "another engine" (which is not checked). */
const VERSION: Record<SqlEngine, { own: string; other: string }> = {
  MYSQL: { own: "MYSQL_8_0", other: "POSTGRES_16" },
  POSTGRES: { own: "POSTGRES_16", other: "MYSQL_8_0" },
  SQLSERVER: { own: "SQLSERVER_2022_STANDARD", other: "POSTGRES_16" },
};

/**
 * Compliant flags of each engine that a case lists beside the flag under test (so the lookup has
 * to pick the right entry); the first one that is not the flag under test is used.
 */
const NEIGHBOURS: Record<SqlEngine, FlagEntry[]> = {
  MYSQL: [
    { name: "local_infile", value: "off" },
    { name: "skip_show_database", value: "on" },
  ],
  POSTGRES: [
    { name: "log_connections", value: "on" },
    { name: "log_disconnections", value: "on" },
  ],
  SQLSERVER: [
    { name: "remote access", value: "off" },
    { name: "user connections", value: "0" },
  ],
};

/**
 * A Cloud SQL instance resource for a fixture: `databaseVersion` (a string or `unknown()`),
 * `settings` (tier `db-f1-micro` unless it gives one) and other top-level `props`
 * (`masterInstanceName`, `deletionProtection`).
 */
export function sqlInstanceWith(databaseVersion: unknown, settings: Record<string, unknown>, props: Record<string, unknown> = {}): FixtureResource {
  return { type: SQL_INSTANCE, props: { databaseVersion, ...props, settings: { tier: "db-f1-micro", ...settings } } };
}

/**
 * A Cloud SQL instance resource for a flag fixture: `databaseVersion` (a string or `unknown()`),
 * the `settings.databaseFlags` list (left out when `undefined`; may be `unknown()`) and the tier.
 */
export function sqlInstance(databaseVersion: unknown, databaseFlags?: unknown, tier = "db-custom-2-7680"): FixtureResource {
  return sqlInstanceWith(databaseVersion, { tier, ...(databaseFlags === undefined ? {} : { databaseFlags }) });
}

/** What the standard cases of one flag policy need: its rule's engine, flag, default and whether absence passes, plus two values. */
export interface FlagFixtureSpec extends Pick<FlagRule, "engine" | "flag" | "defaultValue" | "absentOk"> {
  /** A compliant value; omitted when only the flag's absence is compliant (the pass case then lists another flag only). */
  good?: string;
  /** A non-compliant value (the first `violate` case, which `rampart docs` shows as the policy's example). */
  bad: string;
}

/**
 * The fixture list of a flag policy: pass with the good value, violate with the bad value (message
 * `settings.databaseFlags "<flag>" is`), the flag absent (pass or violate with "is not set on this
 * <engine> instance", by `absentOk`), another engine with the bad value (pass), databaseVersion /
 * flag value / flag list unknown (unknown), then `extra` (the policy's own cases) and a
 * `gcp:sql/user:User` (not-applicable).
 */
export function sqlFlagFixtures(spec: FlagFixtureSpec, extra: Fixture[] = []): Fixture[] {
  const { engine, flag, good, bad, defaultValue, absentOk } = spec;
  const { own, other } = VERSION[engine];
  const engineName = ENGINE_NAMES[engine];
  const neighbour = NEIGHBOURS[engine].find((f) => f.name !== flag) as FlagEntry;
  const badFlag = [{ name: flag, value: bad }];
  return fixtures([
    good === undefined
      ? { name: `${engineName} instance with other flags only`, expect: "pass", resource: sqlInstance(own, [neighbour]) }
      : { name: `${engineName} instance with ${flag} ${good}`, expect: "pass", resource: sqlInstance(own, [{ name: flag, value: good }]) },
    {
      name: `${engineName} instance with ${flag} ${bad}`,
      expect: "violate",
      message: `settings.databaseFlags "${flag}" is`,
      resource: sqlInstance(own, [...badFlag, neighbour]),
    },
    absentOk
      ? { name: `${engineName} instance without the flag (the default ${defaultValue} is compliant)`, expect: "pass", resource: sqlInstance(own) }
      : {
          name: `${engineName} instance without the flag (the default is ${defaultValue})`,
          expect: "violate",
          message: `is not set on this ${engineName} instance`,
          resource: sqlInstance(own),
        },
    { name: "another engine is not checked", expect: "pass", resource: sqlInstance(other, badFlag) },
    { name: "databaseVersion unknown during preview", expect: "unknown", resource: sqlInstance(unknown(), badFlag) },
    { name: "flag value unknown during preview", expect: "unknown", resource: sqlInstance(own, [{ name: flag, value: unknown() }]) },
    { name: "flag list unknown during preview", expect: "unknown", resource: sqlInstance(own, unknown()) },
    ...extra,
    { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
  ]);
}
