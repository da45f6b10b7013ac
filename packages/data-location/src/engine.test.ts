// Conformance: the built pack, started as the Pulumi CLI starts it and spoken to over the engine's
// gRPC analyzer protocol, gives the same verdict on every fixture as the in-process runner.
import type { Fixture } from "@rampart/policy-testing";
import { PolicyPackProcess, resolveEngineConfig, runFixtureInProcess, runFixtureOverEngine, toEngineResources, verdictOf } from "@rampart/policy-testing";
import { fixturesByPolicy } from "@rampart/policy-testing/vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACK_NAME, policies, policyPackConfigFor } from "./policies";

const packDir = path.resolve(__dirname, "..");
const byPolicy = fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true }));
const fixturesOf = (name: string) => byPolicy.get(name) ?? [];

describe("data-location over the engine protocol", () => {
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

  it("applies a non-default --policy-pack-config: allowedRegions flips the verdict", async () => {
    const info = await pack.getAnalyzerInfo();
    const [bucket] = toEngineResources({
      name: "bucket in us-east-1",
      expect: "pass",
      resource: { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "data-1" }, provider: { type: "pulumi:providers:aws", name: "default", props: { region: "us-east-1" } } },
    });
    const verdict = async (file: Parameters<typeof resolveEngineConfig>[1]) => {
      await pack.configure(resolveEngineConfig(info, file));
      const out = await pack.analyze(bucket);
      return out.diagnostics.filter((d) => d.policyName === "aws-location-allowed-region").map((d) => `${d.enforcementLevel}: ${d.message}`);
    };
    // Defaults: nothing is allowed until the pack is configured. The location policy stays quiet
    // and multi-location-require-configuration fails the stack once (fail closed, one finding).
    expect(await verdict({})).toEqual([]);
    const stack = (await pack.analyzeStack([bucket])).diagnostics.map((d) => `${d.policyName} ${d.enforcementLevel}: ${d.message}`);
    expect(stack).toHaveLength(1);
    expect(stack[0]).toMatch(/^multi-location-require-configuration mandatory: .*data residency is not configured for aws/s);
    // EU only: the bucket's region is outside.
    const eu = await verdict(policyPackConfigFor({ allowedJurisdictions: ["EU"] }));
    expect(eu).toHaveLength(1);
    expect(eu[0]).toContain('region "us-east-1" (US East (N. Virginia), US)');
    // us-east-1 allowed by allowedRegions: the same resource passes.
    expect(await verdict(policyPackConfigFor({ allowedRegions: { aws: ["us-east-1"] } }))).toEqual([]);
    // ... and an advisory enforcement level from the file is honoured.
    const advisory = await verdict(policyPackConfigFor({ allowedJurisdictions: ["EU"] }, { "aws-location-allowed-region": "advisory" }));
    expect(advisory[0]).toMatch(/^advisory: /);
  });
});
