/**
 * Vitest helpers: one line per policy (`testPolicy`), one line per pack (`testPackFixtures`).
 * Import from `@rampart/policy-testing/vitest`.
 */
import type { RampartPolicy } from "@rampart/policy-core";
import { describe, expect, it } from "vitest";
import { allLeavesSecret, allLeavesUnknown, allTopLevelUnknown, type Fixture } from "./fixtures";
import { fuzzPolicy, fuzzRuns } from "./fuzz";
import { UNKNOWN_WIRE } from "./wire";
import { runFixtureInProcess } from "./run";

/**
 * Tests a policy on its fixtures in process, plus derived checks per fixture: every top-level
 * property unknown, and every leaf unknown (never throws; no mandatory violation that the fixture
 * with known values does not also report), every leaf a secret (same verdict, no secret value in
 * any message).
 */
export function testPolicy(policy: RampartPolicy, fixtures: readonly Fixture[]): void {
  describe(policy.name, () => {
    for (const fx of fixtures) {
      it(`${fx.expect}: ${fx.name}`, async () => {
        const r = await runFixtureInProcess(policy, fx);
        expect(r.failure, r.failure).toBeUndefined();
      });
    }
    it("never throws, and no unknown value causes a mandatory violation", async () => {
      for (const fx of fixtures) {
        // A mandatory violation is acceptable in a variant only when the fixture with known values
        // reports one on the same resource (e.g. a missing companion does not depend on values).
        const plain = await runFixtureInProcess(policy, fx);
        const allowed = new Set(plain.outcome.diagnostics.filter((d) => d.enforcementLevel === "mandatory").map((d) => d.urn));
        for (const variant of [allTopLevelUnknown(fx), allLeavesUnknown(fx)]) {
          const r = await runFixtureInProcess(policy, { ...variant, expect: "pass" });
          const caused = r.outcome.diagnostics.filter((d) => d.enforcementLevel === "mandatory" && !allowed.has(d.urn));
          expect(caused, `${fx.name}: ${JSON.stringify(caused)}`).toEqual([]);
        }
      }
    });
    it("never echoes a secret and keeps its verdict when values are secrets", async () => {
      for (const fx of fixtures) {
        const plain = await runFixtureInProcess(policy, fx);
        const { fixture, secrets } = allLeavesSecret(fx);
        // Messages name values, so only the verdict is compared, not the message text.
        const r = await runFixtureInProcess(policy, { ...fixture, message: undefined });
        expect(r.failure, `${fx.name} (all values secret): ${r.failure}`).toBeUndefined();
        expect(r.outcome.diagnostics.length, fx.name).toBe(plain.outcome.diagnostics.length);
        for (const d of r.outcome.diagnostics) {
          const message = d.message.slice(d.message.indexOf("\n") + 1);
          for (const s of secrets) expect(message.includes(s), `${fx.name}: message echoes secret ${JSON.stringify(s)}: ${message}`).toBe(false);
        }
      }
    });
  });
}

/** Minimum fixtures every policy must have: a passing and a violating one... */
export const REQUIRED_EXPECTATIONS = ["pass", "violate"] as const;

/**
 * ...and a preview-unknown one: a fixture that expects the preview advisory (`unknown`), or that
 * feeds a value unknown during preview and states what the verdict is then (for a policy whose
 * verdict no unknown value can change).
 */
export function hasPreviewUnknownFixture(list: readonly Fixture[]): boolean {
  return list.some((f) => f.expect === "unknown" || JSON.stringify(f.resources ?? f.resource ?? {}).includes(UNKNOWN_WIRE));
}

/**
 * Pack-level checks: every policy has at least one `pass`, one `violate` and one preview-unknown
 * fixture, and every fixture module belongs to a policy in the pack.
 */
export function testPackFixtures(policies: readonly RampartPolicy[], fixturesByPolicy: ReadonlyMap<string, readonly Fixture[]>): void {
  describe("pack fixtures", () => {
    it("every policy has passing, violating and preview-unknown fixtures", () => {
      const missing: string[] = [];
      for (const p of policies) {
        const fx = fixturesByPolicy.get(p.name) ?? [];
        for (const e of REQUIRED_EXPECTATIONS) if (!fx.some((f) => f.expect === e)) missing.push(`${p.name}: no "${e}" fixture`);
        if (!hasPreviewUnknownFixture(fx)) missing.push(`${p.name}: no preview-unknown fixture`);
      }
      expect(missing).toEqual([]);
    });
    it("every fixture module belongs to a policy of the pack", () => {
      const names = new Set(policies.map((p) => p.name));
      expect([...fixturesByPolicy.keys()].filter((n) => !names.has(n))).toEqual([]);
    });
  });
}

/**
 * Maps fixture modules (from `import.meta.glob("./policies/*.fixtures.ts", { eager: true })`) to
 * policy names: `policies/<policy-name>.fixtures.ts` holds the fixtures of `<policy-name>`.
 */
export function fixturesByPolicy(modules: Record<string, { default: Fixture[] }>): Map<string, Fixture[]> {
  const out = new Map<string, Fixture[]>();
  for (const [file, mod] of Object.entries(modules)) {
    out.set(file.replace(/^.*\//, "").replace(/\.fixtures\.ts$/, ""), mod.default);
  }
  return out;
}

/**
 * Fuzzes every policy of a pack from its fixtures (`fuzzPolicy`): 100 runs per policy, or
 * RAMPART_FUZZ_RUNS (`npm run fuzz` sets 1000). One test per policy.
 */
export function testPackFuzz(policies: readonly RampartPolicy[], fixturesByPolicy: ReadonlyMap<string, readonly Fixture[]>): void {
  const runs = fuzzRuns();
  describe(`fuzz (${runs} runs per policy)`, () => {
    for (const p of policies) {
      it(p.name, async () => {
        await fuzzPolicy(p, fixturesByPolicy.get(p.name) ?? [], { runs });
      }, 600_000);
    }
  });
}
