#!/usr/bin/env node
// Builds a policy pack in the current folder: bundles src/index.ts (the pack entry the Pulumi CLI
// starts) and src/policies.ts (the policy list, for tools and custom packs) with esbuild into
// dist/, inlining @rampart/policy-core so the published tarball needs only public registry
// packages (@pulumi/* stay real dependencies, resolved at run time). Then emits type declarations.
//
// dist/build-inputs.json records a SHA-256 of every source file esbuild read (the pack's src/ and
// the bundled @rampart/policy-core), so `rampart docs` can refuse a dist/ older than its sources.
//
// esbuild is used because a pack must be self-contained when Pulumi Cloud installs it on its own,
// and bundling the workspace library is the one step that guarantees it.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const cwd = process.cwd();
rmSync(path.join(cwd, "dist"), { recursive: true, force: true });
const result = await build({
  entryPoints: { index: "src/index.ts", policies: "src/policies.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  external: ["@pulumi/*"],
  logLevel: "warning",
  metafile: true,
});
const require = createRequire(import.meta.url);
const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly"], { stdio: "inherit" });
const inputs = {};
for (const file of Object.keys(result.metafile.inputs).sort()) {
  if (file.includes("node_modules/")) continue;
  inputs[file] = createHash("sha256")
    .update(readFileSync(path.join(cwd, file)))
    .digest("hex");
}
writeFileSync(path.join(cwd, "dist", "build-inputs.json"), JSON.stringify({ version: 1, inputs }, null, 2) + "\n");
