#!/usr/bin/env node
// Generates src/data/taggable.json: the type tokens of every resource whose Args interface has a
// top-level cost-allocation input, read from the installed provider SDKs' type definitions:
//   @pulumi/aws          `tags`   (aws:<module>/<file>:<Type>)
//   @pulumi/azure-native `tags`   (azure-native:<module>:<Type>)
//   @pulumi/gcp          `labels` (gcp:<module>/<file>:<Type>)
// For each resource module `<name>.d.ts` (outside types/ and config/) the resource class and its
// `<Class>Args` interface are read from the .d.ts, the type token from the `__pulumiType` line of
// the sibling .js. Usage: node scripts/taggable.mjs [--check]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** Providers scanned: npm package, the Args property that carries cost-allocation metadata. */
export const PROVIDERS = [
  { pkg: "@pulumi/aws", key: "aws", property: "tags" },
  { pkg: "@pulumi/azure-native", key: "azure-native", property: "tags" },
  { pkg: "@pulumi/gcp", key: "gcp", property: "labels" },
];

function* moduleFiles(dir, root) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (dir === root && (e.name === "types" || e.name === "config" || e.name === "node_modules" || e.name === "bin")) continue;
      yield* moduleFiles(p, root);
    } else if (e.name.endsWith(".d.ts") && !e.name.startsWith("get") && e.name !== "index.d.ts") {
      yield p;
    }
  }
}

/**
 * Top-level properties of `interface <name> {` in `src` whose type is a string map
 * (`pulumi.Input<{ [key: string]: ... }>`), or undefined when there is no such interface.
 */
function topLevelProps(src, name) {
  const start = src.indexOf(`export interface ${name} {`);
  if (start < 0) return undefined;
  let i = src.indexOf("{", start) + 1;
  let depth = 1;
  const names = new Set();
  let line = "";
  let lineDepth = 1;
  for (; i < src.length && depth > 0; i++) {
    const c = src[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "\n") {
      if (lineDepth === 1) {
        const m = /^\s*(?:readonly\s+)?([A-Za-z0-9_$]+)\??:/.exec(line);
        if (m && /^\s*\[key: string\]/.test(src.slice(i + 1, i + 200))) names.add(m[1]);
      }
      line = "";
      lineDepth = depth;
      continue;
    }
    line += c;
  }
  return names;
}

/**
 * Scans one installed provider package and returns the sorted type tokens of resources whose
 * `<Class>Args` has the top-level string-map input `property`.
 * @param pkgDir the package folder (node_modules/@pulumi/<name>)
 */
export function scanProvider(pkgDir, property) {
  const tokens = new Set();
  for (const dts of moduleFiles(pkgDir, pkgDir)) {
    const src = fs.readFileSync(dts, "utf8");
    const cls = /export declare class (\w+) extends pulumi\.CustomResource/.exec(src);
    if (!cls) continue;
    const props = topLevelProps(src, `${cls[1]}Args`);
    if (!props || !props.has(property)) continue;
    const js = dts.slice(0, -".d.ts".length) + ".js";
    if (!fs.existsSync(js)) continue;
    const m = /__pulumiType = '([^']+)'/.exec(fs.readFileSync(js, "utf8"));
    if (m) tokens.add(m[1]);
  }
  return [...tokens].sort();
}

/**
 * Builds the taggable list from the provider packages resolvable from `fromDir`.
 * @returns `{ generatedFrom: {pkg: version}, aws: [...], "azure-native": [...], gcp: [...] }`
 */
export function generateTaggable(fromDir = process.cwd()) {
  const require = createRequire(path.join(fromDir, "noop.js"));
  const out = { generatedFrom: {} };
  for (const { pkg, key, property } of PROVIDERS) {
    const pj = require.resolve(`${pkg}/package.json`);
    out.generatedFrom[pkg] = JSON.parse(fs.readFileSync(pj, "utf8")).version;
    out[key] = scanProvider(path.dirname(pj), property);
  }
  return out;
}

/** The JSON text written to src/data/taggable.json (one token per line, stable order). */
export function formatTaggable(data) {
  return `${JSON.stringify(data, null, 1)}\n`;
}

const here = path.dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(here, "..", "src", "data", "taggable.json");
  const text = formatTaggable(generateTaggable(path.join(here, "..")));
  if (process.argv.includes("--check")) {
    const same = fs.existsSync(file) && fs.readFileSync(file, "utf8") === text;
    console.log(same ? "taggable.json is up to date" : "taggable.json is stale: run node scripts/taggable.mjs");
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
