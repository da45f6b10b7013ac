// Self-contained packs: Pulumi Cloud installs a published pack on its own, from the tarball
// `pulumi policy publish` makes with `npm pack`, with only public registry dependencies. So: build
// every pack (if its dist is missing or older than its sources), `npm pack` it, install all the
// tarballs into ONE empty folder outside the workspace, start each installed pack as the Pulumi CLI
// does (engine protocol), and check GetAnalyzerInfo: the pack name, the package.json version and
// every policy of the pack's list.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packNameOf, packs, type WorkspacePackage } from "./workspace";

const nodeRequire = createRequire(__filename);
// policy-testing's engine runner, from the workspace (resolved by path: this package has no deps).
const { PolicyPackProcess } = nodeRequire(path.join(__dirname, "..", "..", "..", "packages", "policy-testing")) as typeof import("@rampart/policy-testing");

const all = packs().filter((p) => fs.existsSync(path.join(p.dir, "PulumiPolicy.yaml")) && fs.existsSync(path.join(p.dir, "src", "index.ts")));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(f) : fs.statSync(f).mtimeMs);
  }
  return newest;
}

/** Builds the pack unless dist/ is newer than src/ and package.json (nx builds it first in CI). */
function ensureBuilt(p: WorkspacePackage) {
  const entry = path.join(p.dir, "dist", "index.js");
  const fresh =
    fs.existsSync(entry) &&
    fs.existsSync(path.join(p.dir, "dist", "policies.js")) &&
    fs.statSync(entry).mtimeMs >= Math.max(newestMtime(path.join(p.dir, "src")), fs.statSync(path.join(p.dir, "package.json")).mtimeMs);
  if (fresh) return;
  try {
    execFileSync("npm", ["run", "build"], { cwd: p.dir, stdio: "pipe", encoding: "utf8" });
  } catch (e: any) {
    const lines = `${e.stdout ?? ""}\n${e.stderr ?? ""}`.split("\n").filter((l) => /error/i.test(l) && !/^npm error/.test(l) && !/^\s+at /.test(l));
    throw new Error(`npm run build failed in ${p.rel}:\n${lines.slice(0, 10).join("\n")}`);
  }
}

let tmp: string;
const tarballs = new Map<string, string>();
/** Packs whose build or `npm pack` failed: their test reports it; the others still run. */
const broken = new Map<string, string>();

describe("every pack's npm tarball installs and starts outside the workspace", () => {
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-tarballs-"));
    const packDir = path.join(tmp, "tarballs");
    const installDir = path.join(tmp, "install");
    fs.mkdirSync(packDir);
    fs.mkdirSync(installDir);
    for (const p of all) {
      try {
        ensureBuilt(p);
        const out = execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: p.dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
        tarballs.set(p.pkg.name, path.join(packDir, JSON.parse(out)[0].filename));
      } catch (e) {
        broken.set(p.pkg.name, (e as Error).message);
      }
    }
    if (tarballs.size === 0) return;
    // An empty project outside the workspace, as Pulumi Cloud's install is: only the registry.
    fs.writeFileSync(path.join(installDir, "package.json"), JSON.stringify({ name: "rampart-tarball-check", private: true }));
    execFileSync(
      "npm",
      ["install", ...tarballs.values(), "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", "--loglevel=error", "--ignore-scripts"],
      { cwd: installDir, stdio: "pipe", env: { ...process.env, npm_config_workspaces: "false" } },
    );
  }, 900_000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("finds the packs", () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(all.map((p) => [p.pkg.name as string, p] as const))("%s", async (name, p) => {
    if (broken.has(name)) throw new Error(broken.get(name));
    const installed = path.join(tmp, "install", "node_modules", ...name.split("/"));
    // The tarball holds the bundle, PulumiPolicy.yaml and package.json, and no workspace package.
    for (const f of ["package.json", "PulumiPolicy.yaml", "dist/index.js", "dist/policies.js"]) expect(fs.existsSync(path.join(installed, f)), f).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith("@rampart/"))).toEqual([]);
    expect(fs.existsSync(path.join(tmp, "install", "node_modules", "@rampart", "policy-core"))).toBe(false);
    const bundle = fs.readFileSync(path.join(installed, "dist", "index.js"), "utf8");
    expect(bundle).not.toMatch(/require\(["']@rampart\//);

    const pack = await PolicyPackProcess.start(installed, { resolveFrom: installed });
    try {
      const info = await pack.getAnalyzerInfo();
      expect(info.name).toBe(packNameOf(p));
      expect(info.version).toBe(p.pkg.version);
      // Every policy of the pack's list (dist/policies.js, built from src/policies.ts; that every
      // policy file is in that list is checked in packs.test.ts).
      const listed: string[] = nodeRequire(path.join(installed, "dist", "policies.js")).policies.map((x: { name: string }) => x.name);
      expect(listed.length).toBeGreaterThan(0);
      expect(info.policies.map((x) => x.name).sort()).toEqual([...listed].sort());
    } finally {
      await pack.stop();
    }
  });
});
