/**
 * Real-CLI conformance: `pulumi policy analyze --file <export>` (Pulumi CLI built from the Go module
 * proxy) and `rampart check <export>` report the same violations — (pack, policy, URN, enforcement
 * level), duplicates included — and the same exit status, with the same three packs and config, for
 * every stack export in examples/. The text report's `Policies:` section equals the CLI's, line by
 * line (colour aside).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pulumiVersion } from "../index";
import { keys, PACK_DIRS, policiesSection, PulumiCli, REPO_ROOT, requirePulumiCli, runRampart, violationsOfAnalyzeJson, violationsOfRampartJson } from "../run";

const { cli, skip } = requirePulumiCli();
if (skip) console.warn(`skipping real-CLI conformance tests: ${skip}`);

/** Every stack export under examples/ (a JSON file with `deployment`), with the policy config beside it, if any. */
export function stackExports(): { file: string; config?: string }[] {
  const out: { file: string; config?: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== "node_modules") walk(p);
      else if (e.isFile() && e.name.endsWith(".json") && e.name !== "policy-config.json" && e.name !== "package.json" && !e.name.startsWith("tsconfig")) {
        const text = fs.readFileSync(p, "utf8");
        if (!/"deployment"\s*:/.test(text)) continue;
        const config = path.join(dir, "policy-config.json");
        out.push({ file: p, config: fs.existsSync(config) ? config : undefined });
      }
    }
  };
  walk(path.join(REPO_ROOT, "examples"));
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

const packs = Object.values(PACK_DIRS);
const packArgs = packs.flatMap((d) => ["--policy-pack", d]);
const configArgs = (config?: string) => (config ? packs.flatMap(() => ["--policy-pack-config", config]) : []);

describe.skipIf(!!skip)("pulumi policy analyze --file vs rampart check", () => {
  const pulumi = new PulumiCli(cli ?? "pulumi");
  afterAll(() => pulumi.dispose());

  it("the built CLI reports a v3 version", () => {
    expect(pulumiVersion(cli!)).toMatch(/^v3\.\d+\.\d+/);
  });

  const exportsFound = stackExports();
  it("finds the example stack exports", () => {
    expect(exportsFound.length).toBeGreaterThanOrEqual(3);
  });

  for (const { file, config } of exportsFound) {
    const rel = path.relative(REPO_ROOT, file);
    it(`same violations and exit status on ${rel}${config ? " (with its policy-config.json)" : ""}`, async () => {
      const [engine, ours] = await Promise.all([
        pulumi.run(["policy", "analyze", "--file", file, ...packArgs, ...configArgs(config), "--json"]),
        runRampart(["check", file, ...packs.flatMap((d) => ["--pack", d]), ...(config ? ["--config", config] : []), "--format", "json"]),
      ]);
      expect(ours.code, ours.stderr).not.toBe(2);
      const engineViolations = violationsOfAnalyzeJson(engine.stdout);
      const ourViolations = violationsOfRampartJson(ours.stdout);
      expect(keys(ourViolations)).toEqual(keys(engineViolations));
      const mandatory = engineViolations.some((v) => v.enforcementLevel === "mandatory");
      // The CLI exits non-zero exactly on a mandatory violation; rampart check (--fail-on mandatory) exits 1.
      expect(engine.code !== 0, engine.stderr).toBe(mandatory);
      expect(ours.code).toBe(mandatory ? 1 : 0);
    });

    it(`text report's Policies: section equals the CLI's on ${rel}`, async () => {
      const [engine, ours] = await Promise.all([
        pulumi.run(["policy", "analyze", "--file", file, ...packArgs, ...configArgs(config)]),
        runRampart(["check", file, ...packs.flatMap((d) => ["--pack", d]), ...(config ? ["--config", config] : []), "--fail-on", "never"]),
      ]);
      const expected = policiesSection(engine.stdout);
      expect(expected.length, engine.stdout + engine.stderr).toBeGreaterThan(1);
      expect(policiesSection(ours.stdout)).toEqual(expected);
    });
  }
});

describe.skipIf(!!skip)("stack export variants the engine reads", () => {
  const pulumi = new PulumiCli(cli ?? "pulumi");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-analyze-variants-"));
  afterAll(() => {
    pulumi.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a deployment version 4 export (what the CLI writes when a newer feature is used) gives the same violations", async () => {
    const doc = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "examples", "webapp-insecure", "stack.json"), "utf8"));
    doc.version = 4;
    doc.features = [];
    const file = path.join(dir, "v4.json");
    fs.writeFileSync(file, JSON.stringify(doc));
    const [engine, ours] = await Promise.all([
      pulumi.run(["policy", "analyze", "--file", file, ...packArgs, "--json"]),
      runRampart(["check", file, ...packs.flatMap((d) => ["--pack", d]), "--format", "json", "--fail-on", "never"]),
    ]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(violationsOfAnalyzeJson(engine.stdout).length).toBeGreaterThan(10);
    expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(violationsOfAnalyzeJson(engine.stdout)));
  });

  it("a config naming a policy of none of the packs is accepted by both (rampart warns)", async () => {
    const config = path.join(dir, "foreign.json");
    fs.writeFileSync(config, JSON.stringify({ "multi-location-require-configuration": "disabled", "aws-ec2-disallow-open-ssh": "advisory" }));
    const file = path.join(REPO_ROOT, "examples", "webapp-insecure", "stack.json");
    const pack = PACK_DIRS["aws-security"];
    const [engine, ours] = await Promise.all([
      pulumi.run(["policy", "analyze", "--file", file, "--policy-pack", pack, "--policy-pack-config", config, "--json"]),
      runRampart(["check", file, "--pack", pack, "--config", config, "--format", "json", "--fail-on", "never"]),
    ]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(ours.stderr).toMatch(/warning: policy config names 'multi-location-require-configuration', which is in none of the packs/);
    expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(violationsOfAnalyzeJson(engine.stdout)));
  });
});
