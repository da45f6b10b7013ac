/**
 * Exemptions: accepted violations, kept in `rampart.yaml` (at the project root: the input's folder,
 * else the current folder) or the file given with `--exemptions`:
 *
 * ```yaml
 * exemptions:
 *   - policy: aws-s3-disallow-public-acl      # policy name or glob
 *     resource: assets                        # resource name or URN, or a glob of either
 *     reason: Public website bucket (SEC-123) # required
 *     expires: 2027-03-31                     # optional, YYYY-MM-DD; applies through that day (UTC)
 *     pack: aws-security                      # optional
 * ```
 *
 * The file is validated against {@link EXEMPTIONS_SCHEMA}; an exemption past its expiry date stops
 * applying and is reported.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { firstError, newAjv } from "./ajv";
import type { Violation } from "./check";
import { InputError } from "./errors";
import { parseYamlFile } from "./inputs/project";
import { readRegularFile } from "./safe-read";
import { compileGlob, type Glob } from "@rampart/policy-core";

/** One exemption as written. */
export interface Exemption {
  policy: string;
  resource: string;
  reason: string;
  expires?: string;
  pack?: string;
}

/** Exemptions loaded from a file. */
export interface ExemptionSet {
  file: string;
  /** In force today. */
  active: Exemption[];
  /** Past their expiry date: no longer applied. */
  expired: Exemption[];
}

/** JSON schema (draft-07) of rampart.yaml's exemptions. */
export const EXEMPTIONS_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  properties: {
    exemptions: {
      type: "array",
      items: {
        type: "object",
        required: ["policy", "resource", "reason"],
        additionalProperties: false,
        properties: {
          policy: { type: "string", minLength: 1 },
          resource: { type: "string", minLength: 1 },
          reason: { type: "string", minLength: 1, pattern: "\\S" },
          expires: { type: "string", format: "date" },
          pack: { type: "string", minLength: 1 },
        },
      },
    },
  },
} as const;

/** Where rampart.yaml is looked for when no `--exemptions` is given: the input's folder, then the current folder. */
export function findExemptionsFile(input: string, cwd = process.cwd()): string | undefined {
  let dir: string;
  try {
    dir = fs.statSync(input).isDirectory() ? input : path.dirname(input);
  } catch {
    dir = path.dirname(input);
  }
  for (const d of [path.resolve(dir), path.resolve(cwd)]) {
    for (const n of ["rampart.yaml", "rampart.yml"]) {
      const f = path.join(d, n);
      if (fs.existsSync(f)) return f;
    }
  }
  return undefined;
}

/** Today as YYYY-MM-DD (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Loads and validates an exemptions file.
 * @throws InputError (one line, with the entry and property) when it cannot be read or is malformed.
 */
export function loadExemptions(file: string, now = new Date()): ExemptionSet {
  const text = readRegularFile(file, "exemptions");
  const doc = parseYamlFile(file, text).doc.toJS() ?? {};
  const validate = newAjv().compile(EXEMPTIONS_SCHEMA);
  if (!validate(doc)) throw new InputError(`${file}: ${firstError(validate.errors)}`);
  const list = ((doc as { exemptions?: Exemption[] }).exemptions ?? []).map((e) => ({ ...e }));
  const t = today(now);
  return { file, active: list.filter((e) => !e.expires || e.expires >= t), expired: list.filter((e) => !!e.expires && e.expires < t) };
}

const compiled = new Map<string, Glob>();
function glob(pattern: string): Glob {
  let g = compiled.get(pattern);
  if (!g) compiled.set(pattern, (g = compileGlob(pattern)));
  return g;
}

/** Whether `e` covers violation `v` (policy glob, resource glob on URN or name, optional pack). */
export function matches(e: Exemption, v: Violation): boolean {
  if (e.pack && !glob(e.pack).test(v.pack)) return false;
  if (!glob(e.policy).test(v.policy)) return false;
  const r = glob(e.resource);
  return r.test(v.urn) || r.test(v.resourceName) || (e.resource === "*" && !v.urn);
}

/** Splits violations into those still reported and those an active exemption covers. */
export function applyExemptions(
  vs: readonly Violation[],
  set: ExemptionSet | undefined,
): { kept: Violation[]; exempted: { violation: Violation; exemption: Exemption }[] } {
  const kept: Violation[] = [];
  const exempted: { violation: Violation; exemption: Exemption }[] = [];
  for (const v of vs) {
    const e = set?.active.find((x) => matches(x, v));
    if (e) exempted.push({ violation: v, exemption: e });
    else kept.push(v);
  }
  return { kept, exempted };
}
