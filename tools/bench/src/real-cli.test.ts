/**
 * The real-CLI section's inputs: the workload as a stack export is well formed, and the real Pulumi
 * CLI (`pulumi policy analyze --file`) and `rampart check` accept a 200-resource one and report the
 * same violations on it (pack, policy, URN, enforcement level, duplicates included) with the
 * bench's config file. Without a CLI the second part is skipped with the reason, except under
 * CI=true where it fails (requirePulumiCli).
 */
import { PolicyPackProcess } from "@rampart/policy-testing";
import { keys, PACK_DIRS, PulumiCli, requirePulumiCli, runRampart, violationsOfAnalyzeJson, violationsOfRampartJson } from "@rampart/pulumi-cli/dist/run";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { residency } from "./pack-config";
import { FIXED_RESOURCES, programSource, UNIT_RESOURCES } from "./program";
import { SECRET_PROPERTIES, SECRET_SIG, toStackExport } from "./stack-export";
import { generateWorkload } from "./workload";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

describe("toStackExport", () => {
  const resources = generateWorkload(2000, 42);
  const exp = toStackExport(resources);
  const rs = exp.deployment.resources;

  it("writes a version-3 deployment with every resource in registration order", () => {
    expect(exp.version).toBe(3);
    expect(rs.map((r) => r.urn)).toEqual(resources.map((r) => r.urn));
    expect(rs[0]).toMatchObject({ type: "pulumi:pulumi:Stack", custom: false });
  });

  it("gives custom resources an id and a `<provider-urn>::<id>` reference to a provider resource exported before them", () => {
    const providers = new Map<string, number>();
    rs.forEach((r, i) => r.type.startsWith("pulumi:providers:") && providers.set(`${r.urn}::${r.id}`, i));
    expect(providers.size).toBeGreaterThanOrEqual(3);
    let customs = 0;
    rs.forEach((r, i) => {
      if (!r.custom || r.type.startsWith("pulumi:providers:")) {
        expect(r.provider).toBeUndefined();
        return;
      }
      customs++;
      expect(r.id, r.urn).toBeTruthy();
      expect(providers.get(r.provider!), r.urn).toBeLessThan(i);
      expect(r.outputs?.id).toBe(r.id);
    });
    expect(customs).toBeGreaterThan(1500);
    const components = rs.filter((r) => r.type === "acme:web:Service");
    expect(components.length).toBeGreaterThan(0);
    for (const c of components) expect([c.custom, c.id, c.provider]).toEqual([false, undefined, undefined]);
  });

  it("refers only to earlier resources in parent, dependencies and propertyDependencies", () => {
    const seen = new Set<string>();
    for (const r of rs) {
      for (const u of [r.parent, ...(r.dependencies ?? []), ...Object.values(r.propertyDependencies ?? {}).flat()]) if (u) expect(seen.has(u), `${r.urn} → ${u}`).toBe(true);
      seen.add(r.urn);
    }
    expect(rs.some((r) => Object.keys(r.propertyDependencies ?? {}).length > 0)).toBe(true);
  });

  it("stores passwords as plaintext secrets in inputs and outputs, and holds no unknown value", () => {
    const withSecret = rs.filter((r) => SECRET_PROPERTIES.some((k) => r.inputs && k in r.inputs));
    expect(withSecret.length).toBeGreaterThan(0);
    for (const r of withSecret) {
      for (const side of [r.inputs!, r.outputs!]) {
        const k = SECRET_PROPERTIES.find((p) => p in side)!;
        expect(side[k]).toEqual({ [SECRET_SIG.key]: SECRET_SIG.value, plaintext: JSON.stringify("not-a-real-password") });
      }
    }
    expect(JSON.stringify(exp)).not.toContain(UNKNOWN);
  });

  it("rejects a custom resource without a provider", () => {
    const root = resources[0];
    const r = resources.find((x) => x.type.startsWith("aws:") && x.parent === root.urn)!;
    expect(() => toStackExport([root, { ...r, provider: undefined, dependencies: [], propertyDependencies: {} }])).toThrow(/without a provider/);
    expect(() => toStackExport([root, r])).toThrow(/provider .* is not registered before it/);
  });
});

describe("programSource", () => {
  it("registers UNIT_RESOURCES per iteration and fills up to the exact size", () => {
    const src = programSource(1000);
    const loop = src.slice(src.indexOf("for (let i = 0; i <"), src.lastIndexOf("for (let i = 0; i <"));
    expect(loop.match(/new aws\./g)).toHaveLength(UNIT_RESOURCES);
    const [, loops] = /for \(let i = 0; i < (\d+); i\+\+\) \{\n {2}const team/.exec(src)!;
    const [, extra] = /for \(let i = 0; i < (\d+); i\+\+\) \{\n {2}new aws\.sqs\.Queue\(`extra/.exec(src)!;
    expect(FIXED_RESOURCES + Number(loops) * UNIT_RESOURCES + Number(extra)).toBe(1000);
    expect(() => programSource(10)).toThrow(RangeError);
  });
});

const { cli, skip } = requirePulumiCli();
if (skip) console.warn(`skipping the real-CLI check of the bench's stack export: ${skip}`);

describe.skipIf(!!skip)("the bench's stack export under the real Pulumi CLI", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-bench-export-"));
  const pulumi = new PulumiCli(cli ?? "pulumi");
  afterAll(() => {
    pulumi.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("pulumi policy analyze --file and rampart check accept a 200-resource export and report the same violations", async () => {
    const file = path.join(dir, "export.json");
    fs.writeFileSync(file, JSON.stringify(toStackExport(generateWorkload(200, 42))));
    const proc = await PolicyPackProcess.start(PACK_DIRS["data-location"], { timeoutMs: 120_000 });
    const config = path.join(dir, "policy-config.json");
    try {
      fs.writeFileSync(config, JSON.stringify(residency(await proc.getAnalyzerInfo())));
    } finally {
      await proc.stop();
    }
    const packs = Object.values(PACK_DIRS);
    const [engine, ours] = await Promise.all([
      pulumi.run(["policy", "analyze", "--file", file, ...packs.flatMap((d) => ["--policy-pack", d, "--policy-pack-config", config]), "--json"]),
      runRampart(["check", file, ...packs.flatMap((d) => ["--pack", d]), "--config", config, "--format", "json", "--fail-on", "never"]),
    ]);
    expect(ours.code, ours.stderr).toBe(0);
    const engineViolations = violationsOfAnalyzeJson(engine.stdout);
    expect(engineViolations.length, engine.stderr).toBeGreaterThan(20);
    expect(engine.stderr).not.toMatch(/could not decrypt|invalid/i);
    expect(new Set(engineViolations.map((v) => v.pack))).toEqual(new Set(["aws-security", "azure-security", "cost-optimization", "data-location", "gcp-security"]));
    expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(engineViolations));
  }, 240_000);
});
