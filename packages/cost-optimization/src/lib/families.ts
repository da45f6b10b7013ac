/**
 * Family tables: policies that suggest another family for a type (a previous generation → the
 * current one, x86 → Graviton) read the type at a property path, take its family and look it up
 * in a configured table (policy config, an object of family → suggestion).
 */
import { peek, requireKnown, type ConfigPropertySchema, type Report, type ResourceContext } from "@rampart/policy-core";

/** A type whose family has an entry in the table. */
export interface FamilyEntry {
  /** The type as read (`m4.xlarge`, `db.r4.large`, `zones/z/machineTypes/n1-standard-4`). */
  value: string;
  /** Its family, the table's key (`m4`, `r4`, `n1`). */
  family: string;
  /** The table's entry for the family (`m7i`, `r7g`, `n2d or e2`). */
  to: string;
}

/**
 * Reads the type at `path` of `props` and looks up `familyOf(type)` in `table` (own keys only, so
 * `constructor` is no family). An unknown type calls `requireKnown` (the SDK's preview advisory);
 * an absent or non-string one, a family without an entry or an empty entry give undefined.
 */
function familyEntry(props: unknown, path: string, table: Readonly<Record<string, string>>, familyOf: (type: string) => string): FamilyEntry | undefined {
  const t = peek<string>(props, path);
  if (t.state === "unknown") {
    requireKnown(props, path);
    return undefined;
  }
  if (t.state !== "known" || typeof t.value !== "string") return undefined;
  const family = familyOf(t.value);
  const to = Object.prototype.hasOwnProperty.call(table, family) ? table[family] : undefined;
  return to ? { value: t.value, family, to } : undefined;
}

/** A family-table policy in full: its config key's table, where the type is, and what it reports. */
export interface FamilyRuleSpec {
  /** Description of the table's config property. */
  description: string;
  /** The default table: family → suggestion. */
  table: Readonly<Record<string, string>>;
  /** Property path of the type. */
  path: string;
  /** The family of a type (the table's key). */
  familyOf(type: string): string;
  /** The finding for a type whose family has an entry, or undefined when there is none after all. */
  finding(hit: FamilyEntry, props: Record<string, any>): string | undefined;
}

/**
 * The `config` (one object property `key`: family → suggestion, default `spec.table`) and
 * `validateResource` (`familyEntry` on the configured table, then `spec.finding`) of a family-table
 * policy. Spread it into `costPolicy({...})` after the metadata.
 */
export function familyRule<const K extends string>(key: K, spec: FamilyRuleSpec) {
  const config = {
    [key]: { type: "object" as const, additionalProperties: { type: "string" }, description: spec.description, default: spec.table as Record<string, string> },
  } as unknown as { [P in K]: ConfigPropertySchema<Record<string, string>> };
  return {
    config,
    validateResource: ({ props, config }: ResourceContext<{ [P in K]: Record<string, string> }>, report: Report): void => {
      const hit = familyEntry(props, spec.path, config[key], spec.familyOf);
      const problem = hit && spec.finding(hit, props);
      if (problem) report(problem);
    },
  };
}
