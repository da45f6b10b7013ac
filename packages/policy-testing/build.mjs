// Builds @rampart/policy-testing: tsc for the CommonJS library and its types, then esbuild for
// the vitest helpers as an ES module (Vitest 4 cannot be required from CommonJS). The helpers'
// imports of this package's own modules are rewritten to the package itself, so tests and helpers
// share one instance of the library.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
rmSync("dist", { recursive: true, force: true });
const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
await build({
  entryPoints: ["src/vitest.ts"],
  outfile: "dist/vitest.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
  plugins: [
    {
      name: "self-reference",
      setup(b) {
        b.onResolve({ filter: /^\.\/(fixtures|run|index|in-process|fuzz|frameworks|secret-leaks)$/ }, () => ({
          path: "@rampart/policy-testing",
          external: true,
        }));
      },
    },
  ],
});
