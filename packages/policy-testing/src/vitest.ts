/**
 * Vitest helpers: one line per policy (`testPolicy`), one line per pack (`testPackFixtures`).
 * Import from `@rampart/policy-testing/vitest`.
 */
import type { FrameworkCatalog, RampartPolicy } from "@rampart/policy-core";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicyPackProcess } from "@rampart/engine-client";
import { allLeavesSecret, allLeavesUnknown, allTopLevelUnknown, leafSecretVariants, type Fixture } from "./fixtures";
import { findSecretLeak, LEAK_RUN, normalizeText } from "@rampart/policy-core";
import { fuzzPolicy, fuzzRuns } from "./fuzz";
import { catalogMappingProblems, catalogShapeProblems, controlsTableProblems, mappedControlProblems, type ControlsTable } from "./frameworks";
import { UNKNOWN_WIRE } from "@rampart/engine-client";
import { runFixtureInProcess, runFixtureOverEngine, verdictOf } from "./run";

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
        const allowed = allowedText(
          policy,
          fx,
          plain.outcome.diagnostics.map((d) => d.message),
          secrets,
        );
        for (const d of r.outcome.diagnostics) {
          const leak = findSecretLeak(messageBody(d.message), secrets, allowed);
          expect(leak, `${fx.name} (all values secret): message shows ${leak}: ${d.message}`).toBeUndefined();
        }
      }
    });
    it("shows no form of a secret (case-folded, stripped, any 6-character run) when any one value is a secret", async () => {
      const leaks: string[] = [];
      for (const fx of fixtures) {
        const plain = await runFixtureInProcess(policy, fx);
        for (const v of leafSecretVariants(fx)) {
          const r = await runFixtureInProcess(policy, { ...v.fixture, expect: "pass", message: undefined });
          const allowed = allowedText(
            policy,
            fx,
            plain.outcome.diagnostics.map((d) => d.message),
            v.secrets,
          );
          for (const d of r.outcome.diagnostics) {
            const leak = findSecretLeak(messageBody(d.message), v.secrets, allowed);
            if (leak) leaks.push(`${fx.name} / ${v.label}: ${leak} in ${JSON.stringify(d.message)}`);
          }
        }
      }
      expect(leaks).toEqual([]);
    });
  });
}

/** A diagnostic's message without the policy description the SDK puts on its first line. */
function messageBody(message: string): string {
  return message.slice(message.indexOf("\n") + 1);
}

/**
 * Text a message may contain whatever the secrets are: the policy's metadata and config, the
 * fixture's resource names, and the messages of the fixture without secrets, less every whole
 * occurrence (any case) of the secret values themselves (but for plain words, which prose uses).
 */
function allowedText(policy: RampartPolicy, fx: Fixture, plainMessages: readonly string[], secrets: readonly string[]): string {
  let plain = plainMessages.join("\n");
  for (const s of secrets) {
    // A secret that is a plain word ("inline", "ACCEPT") may be part of the message's prose too.
    if (normalizeText(s).length < LEAK_RUN || /^\p{L}+$/u.test(s)) continue;
    plain = plain.replace(new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "giu"), "\u0000");
  }
  const names = (fx.resources ?? (fx.resource ? [fx.resource] : [])).map((r) => `${r.name ?? "example"} ${r.type}`);
  return [policy.name, policy.description, policy.remediationSteps, JSON.stringify(policy.defaults), JSON.stringify(fx.config ?? {}), ...names, plain].join(
    "\n",
  );
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
      it(
        p.name,
        async () => {
          await fuzzPolicy(p, fixturesByPolicy.get(p.name) ?? [], { runs });
        },
        600_000,
      );
    }
  });
}

/** What `describePackOverEngine` needs to know about a pack. */
export interface EnginePackUnderTest {
  /** The pack folder (with PulumiPolicy.yaml and a built dist/). */
  packDir: string;
  /** The Pulumi pack name the pack reports. */
  packName: string;
  policies: readonly RampartPolicy[];
  fixturesByPolicy: ReadonlyMap<string, readonly Fixture[]>;
}

/**
 * Conformance over the engine protocol: starts the built pack as the Pulumi CLI does, checks
 * GetAnalyzerInfo (name, the package.json version, every policy with remediation, url and
 * severity) and that every fixture gets the same verdict as in process. `more` adds the pack's
 * own engine tests, sharing the started pack (`pack()`); the pack is stopped after all of them.
 */
export function describePackOverEngine(t: EnginePackUnderTest, more?: (pack: () => PolicyPackProcess) => void): void {
  describe(`${t.packName} over the engine protocol`, () => {
    let proc: PolicyPackProcess | undefined;
    const pack = () => {
      if (!proc) throw new Error("the pack did not start");
      return proc;
    };
    beforeAll(async () => {
      if (!fs.existsSync(path.join(t.packDir, "dist", "index.js"))) throw new Error(`build the pack first (npm run build in ${t.packDir})`);
      proc = await PolicyPackProcess.start(t.packDir);
    });
    afterAll(async () => {
      await proc?.stop();
    });

    it("GetAnalyzerInfo reports every policy with metadata and the package.json version", async () => {
      const info = await pack().getAnalyzerInfo();
      const pkg = JSON.parse(fs.readFileSync(path.join(t.packDir, "package.json"), "utf8"));
      expect(info.name).toBe(t.packName);
      expect(info.version).toBe(pkg.version);
      expect(info.policies.map((p) => p.name).sort()).toEqual(t.policies.map((p) => p.name).sort());
      for (const p of info.policies) {
        expect(p.remediationSteps, p.name).not.toBe("");
        expect(p.url, p.name).toMatch(/^https:\/\//);
        expect(p.severity, p.name).not.toBe("");
      }
      expect((await pack().getPluginInfo()).version).toMatch(/\d+\.\d+\.\d+/);
    });

    it("gives the in-process verdict on every fixture", async () => {
      const info = await pack().getAnalyzerInfo();
      const mismatches: string[] = [];
      let count = 0;
      for (const policy of t.policies) {
        for (const fx of t.fixturesByPolicy.get(policy.name) ?? []) {
          const a = await runFixtureInProcess(policy, fx);
          const b = await runFixtureOverEngine(pack(), info, policy, fx);
          count++;
          if (b.failure) mismatches.push(`${policy.name} / ${fx.name}: ${b.failure}`);
          else if (verdictOf(a) !== verdictOf(b)) mismatches.push(`${policy.name} / ${fx.name}: in process ${verdictOf(a)} vs engine ${verdictOf(b)}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(count).toBeGreaterThanOrEqual(t.policies.length * 3);
    });

    more?.(pack);
  });
}

/** What `frameworkCatalogTests` checks a pack's framework catalogs against. */
export interface FrameworkCatalogTestOptions {
  /** The pack's framework catalogs (`FRAMEWORKS` of its policy list). */
  frameworks: readonly FrameworkCatalog[];
  /** The pack's policies. */
  policies: readonly RampartPolicy[];
  /**
   * The number of mapped controls looked at must be greater than this (a floor against a mapping
   * that was lost, e.g. 150 for aws-security). Default 0: at least one.
   */
  minChecked?: number;
  /** The pack's policy-to-control table (`CONTROLS`): every key a policy carrying its controls and their tags. */
  controls?: ControlsTable;
  /**
   * Ids of the catalogs that carry the policy mapping in their controls' `policies` (e.g.
   * `cis-aws-5.0.0`); every other catalog must list no policies. Default: none.
   */
  mappingIn?: readonly string[];
}

/**
 * One describe block "framework catalogs" with the checks every pack's catalogs share (see
 * `./frameworks`): per catalog, unique ids, a title each, an https source and a well-formed id,
 * and the policy mapping it carries or does not carry; every control a policy maps to exists in
 * its catalog and is not marked not checkable (more than `minChecked` of them); the controls
 * table, when given, matches the policies. `more` adds the pack's own tests to the block.
 */
export function frameworkCatalogTests(o: FrameworkCatalogTestOptions, more?: () => void): void {
  const mappingIn = new Set(o.mappingIn ?? []);
  const unknown = [...mappingIn].filter((id) => !o.frameworks.some((f) => f.id === id));
  describe("framework catalogs", () => {
    it.each(o.frameworks.map((f) => [f.id, f] as const))("%s: unique ids, a title each, a named https source", (_id, f) => {
      expect(catalogShapeProblems(f)).toEqual([]);
    });

    it("every control a policy maps to exists in its framework's catalog and is not marked 'not checkable'", () => {
      const { problems, checked } = mappedControlProblems(o.frameworks, o.policies);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(o.minChecked ?? 0);
    });

    it.each(o.frameworks.map((f) => [f.id, f] as const))("%s: the policy mapping the catalog carries (or that it carries none)", (_id, f) => {
      expect(unknown, "mappingIn names no catalog of the pack").toEqual([]);
      expect(catalogMappingProblems(f, o.policies, mappingIn.has(f.id))).toEqual([]);
    });

    if (o.controls) {
      const controls = o.controls;
      it("every key of the controls table is a policy of the pack, carrying its controls and their tags", () => {
        expect(controlsTableProblems(controls, o.policies)).toEqual([]);
      });
    }

    more?.();
  });
}
