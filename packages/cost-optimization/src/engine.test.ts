// Conformance: the built pack, started as the Pulumi CLI starts it and spoken to over the engine's
// gRPC analyzer protocol, gives the same verdict on every fixture as the in-process runner.
import type { Fixture } from "@rampart/policy-testing";
import { PolicyPackProcess, resolveEngineConfig, runFixtureInProcess, runFixtureOverEngine, toEngineResources, verdictOf } from "@rampart/policy-testing";
import { fixturesByPolicy } from "@rampart/policy-testing/vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACK_NAME, policies } from "./policies";

const packDir = path.resolve(__dirname, "..");
const byPolicy = fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true }));
const fixturesOf = (name: string) => byPolicy.get(name) ?? [];

describe("cost-optimization over the engine protocol", () => {
  let pack: PolicyPackProcess;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(packDir, "dist", "index.js"))) throw new Error("build the pack first (npm run build)");
    pack = await PolicyPackProcess.start(packDir);
  });
  afterAll(async () => {
    await pack?.stop();
  });

  it("GetAnalyzerInfo reports every policy with metadata and the package.json version", async () => {
    const info = await pack.getAnalyzerInfo();
    const pkg = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8"));
    expect(info.name).toBe(PACK_NAME);
    expect(info.version).toBe(pkg.version);
    expect(info.policies.map((p) => p.name).sort()).toEqual(policies.map((p) => p.name).sort());
    for (const p of info.policies) {
      expect(p.remediationSteps, p.name).not.toBe("");
      expect(p.url, p.name).toMatch(/^https:\/\//);
      expect(p.severity, p.name).not.toBe("");
    }
    expect((await pack.getPluginInfo()).version).toMatch(/\d+\.\d+\.\d+/);
  });

  it("gives the in-process verdict on every fixture", async () => {
    const info = await pack.getAnalyzerInfo();
    const mismatches: string[] = [];
    let count = 0;
    for (const policy of policies) {
      for (const fx of fixturesOf(policy.name)) {
        const a = await runFixtureInProcess(policy, fx);
        const b = await runFixtureOverEngine(pack, info, policy, fx);
        count++;
        if (b.failure) mismatches.push(`${policy.name} / ${fx.name}: ${b.failure}`);
        else if (verdictOf(a) !== verdictOf(b)) mismatches.push(`${policy.name} / ${fx.name}: in process ${verdictOf(a)} vs engine ${verdictOf(b)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(count).toBeGreaterThan(policies.length * 3);
  });

  it("Configure with a non-default config changes a verdict; stack tags mark production", async () => {
    const info = await pack.getAnalyzerInfo();
    const policy = "aws-autoscaling-max-size-cap";
    const [asg] = toEngineResources({ name: "asg", expect: "pass", resource: { type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 3 } } });
    const [big] = toEngineResources({ name: "big", expect: "pass", resource: { type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 10 } } });
    const mine = async (r: typeof asg) => (await pack.analyze(r)).diagnostics.filter((d) => d.policyName === policy);

    // Defaults: maxSize 3 is within the non-production cap of 4.
    await pack.configure(resolveEngineConfig(info, { all: "mandatory" }));
    await pack.configureStack({ stack: "dev", project: "fixture" });
    expect(await mine(asg)).toEqual([]);

    // A stricter cap from --policy-pack-config makes the same resource a violation.
    await pack.configure(resolveEngineConfig(info, { all: "mandatory", [policy]: { nonProductionMaxInstances: 2 } }));
    const strict = await mine(asg);
    expect(strict.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(strict[0].message).toContain("maxSize 3 is above the non-production cap nonProductionMaxInstances = 2");

    // maxSize 10 violates outside production, but not on a stack tagged environment=production.
    await pack.configure(resolveEngineConfig(info, { all: "mandatory" }));
    expect((await mine(big)).length).toBe(1);
    await pack.configureStack({ stack: "dev", project: "fixture", tags: { environment: "production" } });
    expect(await mine(big)).toEqual([]);
    await pack.configureStack({ stack: "dev", project: "fixture" });
  });
});
