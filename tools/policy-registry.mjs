#!/usr/bin/env node
// The generated registry of a pack's policies: `packages/<pack>/src/generated/policies.ts`
// imports every `src/policies/<name>.ts` (not `*.fixtures.ts`) in file-name order and exports
// them as one list. Nobody edits it by hand: adding a policy file and running this script (or
// `rampart new policy`, which runs it) is the whole wiring.
//
//   node tools/policy-registry.mjs            write the registry of every pack
//   node tools/policy-registry.mjs --check    exit 1 and name each stale registry (CI, tests)
//
// A pack is a folder under packages/ with a src/policies/ folder. The text itself comes from
// tools/nx-plugin/src/registry.js, which the `policy` generator uses too.
/* global process */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {{ REGISTRY_FILE: string; policyNamesOf(files: string[]): string[]; registrySource(names: string[]): string }} */
const registry = require("./nx-plugin/src/registry.js");
export const REGISTRY_FILE = registry.REGISTRY_FILE;

/** The registry text for a pack folder (absolute path). @param {string} packDir @returns {string} */
export function registrySource(packDir) {
  return registry.registrySource(registry.policyNamesOf(fs.readdirSync(path.join(packDir, "src", "policies"))));
}

/** Pack folders of the workspace at `root` (folders under packages/ with src/policies/). @param {string} root */
export function packDirs(root) {
  const base = path.join(root, "packages");
  return fs
    .readdirSync(base)
    .map((d) => path.join(base, d))
    .filter((d) => fs.existsSync(path.join(d, "src", "policies")))
    .sort();
}

/**
 * Writes (or with `check`, compares) every pack's registry.
 * @param {string} root workspace root
 * @param {{ check?: boolean }} [options]
 * @returns {string[]} the registries that were (or, with `check`, are) out of date, relative to root
 */
export function syncRegistries(root, options = {}) {
  const stale = [];
  for (const dir of packDirs(root)) {
    const file = path.join(dir, REGISTRY_FILE);
    const want = registrySource(dir);
    const have = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    if (have === want) continue;
    stale.push(path.relative(root, file));
    if (!options.check) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, want);
    }
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const check = process.argv.includes("--check");
  const stale = syncRegistries(root, { check });
  if (check && stale.length) {
    process.stderr.write(`rampart: stale policy registry: ${stale.join(", ")}; run node tools/policy-registry.mjs\n`);
    process.exit(1);
  }
  for (const f of stale) process.stdout.write(`UPDATE ${f}\n`);
}
