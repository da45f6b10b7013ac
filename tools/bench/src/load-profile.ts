/**
 * Child script of the bench: what a pack loads at start beyond the SDK. Run as
 * `node load-profile.js <packDir> [entryModule]` with the pack folder as working directory; prints
 * one JSON line: `sdkMs` (require of @pulumi/policy, which loads @pulumi/pulumi), `packMs`
 * (require of the pack's policy module after that, without starting the gRPC server) and
 * `packages` (package name → number of files the pack's module added to the require cache).
 */
import * as path from "node:path";

function packageOf(file: string): string {
  const i = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (i < 0) return "(pack)";
  const parts = file.slice(i + "/node_modules/".length).split(path.sep);
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

const [packDir, entry] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(require.resolve("@pulumi/policy", { paths: [packDir] }));
const t1 = process.hrtime.bigint();
const before = new Set(Object.keys(require.cache));
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (entry) require(require.resolve(entry, { paths: [packDir] }));
const t2 = process.hrtime.bigint();
const packages: Record<string, number> = {};
for (const f of Object.keys(require.cache)) {
  if (before.has(f)) continue;
  const p = packageOf(f);
  packages[p] = (packages[p] ?? 0) + 1;
}
process.stdout.write(JSON.stringify({ sdkMs: Number(t1 - t0) / 1e6, packMs: Number(t2 - t1) / 1e6, packages }) + "\n");
