/**
 * `rampart config [--pack <name>...] [--set <key>=<value>...] [--defaults] [--output <file>]`:
 * renders the file `pulumi preview --policy-pack-config` expects (keyed by policy name). Pack-level
 * settings given with `--set` (e.g. `allowedJurisdictions=["EU"]`) are fanned out to every
 * policy whose config schema declares the key, as createPolicyPack's `settings` does
 * (policy-core `resolvePolicySettings`); the Pulumi CLI keys config by policy name, so a shared
 * setting must be written into each policy's entry.
 */
import type { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { engineConfigProperties, resolvePolicySettings } from "@rampart/policy-core";
import type { AnalyzerInfo } from "@rampart/engine-client";
import { validatePolicyConfig } from "../config-validate";
import { InputError } from "../errors";
import type { Io } from "../io";
import { loadPacks } from "../metadata";

/** Parses `key=value`: the value as JSON when it parses, else as a string. */
export function parseSetting(arg: string): [string, unknown] {
  const i = arg.indexOf("=");
  if (i <= 0) throw new InputError(`--set takes key=value (got '${arg}')`);
  const key = arg.slice(0, i).trim();
  const raw = arg.slice(i + 1);
  try {
    return [key, JSON.parse(raw)];
  } catch {
    return [key, raw];
  }
}

/**
 * The per-policy config for the packs' policies: `settings` fanned out; with `withDefaults`, every
 * policy also gets its enforcement level and default values (the settings win).
 * @throws InputError when a setting is declared by no policy of the packs.
 */
export function renderConfig(
  packs: ReturnType<typeof loadPacks>,
  settings: Record<string, unknown>,
  withDefaults: boolean,
): Record<string, Record<string, unknown>> {
  const definitions = packs.flatMap((p) => p.definitions);
  for (const key of Object.keys(settings)) {
    // `exemptions` is in every policy's schema (policy-core), so it fans out to all of them.
    if (!definitions.some((d) => key in engineConfigProperties(d))) {
      throw new InputError(`no policy of ${packs.map((p) => p.name).join(", ")} takes the setting '${key}'`);
    }
  }
  const fanned = resolvePolicySettings(definitions, {}, settings);
  const out: Record<string, Record<string, unknown>> = {};
  for (const d of definitions) {
    const entry = withDefaults ? { enforcementLevel: d.enforcementLevel, ...d.defaults } : {};
    const merged = { ...entry, ...(fanned[d.name] ?? {}) };
    if (Object.keys(merged).length) out[d.name] = merged;
  }
  // Check the result as the Pulumi CLI (and `rampart check --config`) will: against each
  // policy's config schema, so a wrong value fails here and not in a later preview.
  const infos = [
    {
      policies: definitions.map((d) => ({ name: d.name, configSchema: { properties: engineConfigProperties(d), required: [] } })),
    },
  ] as unknown as AnalyzerInfo[];
  validatePolicyConfig(infos, out as never);
  return out;
}

/** Registers the command. */
export function registerConfig(program: Command, io: Io): void {
  program
    .command("config")
    .description("Render a --policy-pack-config file, fanning pack-level settings (e.g. allowedJurisdictions) out to every policy that takes them.")
    .option("-p, --pack <name...>", "packs to include (default: every installed pack)")
    .option("-s, --set <key=value...>", "a setting for every policy whose schema declares it; the value is JSON or a string")
    .option("--defaults", "also write every policy's enforcement level and default values")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .action((opts: { pack?: string[]; set?: string[]; defaults?: boolean; output?: string }) => {
      const settings = Object.fromEntries((opts.set ?? []).map(parseSetting));
      const packs = loadPacks(opts.pack, (m) => io.stderr(`${m}\n`));
      const text = `${JSON.stringify(renderConfig(packs, settings, !!opts.defaults), null, 2)}\n`;
      if (!opts.output) return io.stdout(text);
      const file = path.resolve(opts.output);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, file);
      io.stderr(`Wrote ${opts.output}. Use it with: pulumi preview --policy-pack <dir> --policy-pack-config ${opts.output}\n`);
    });
}
