/**
 * Fuzzing every policy with fast-check: inputs derived from the policy's own fixtures by mutation
 * (keys dropped, nulls, wrong types, empty objects, very long strings and arrays, values unknown
 * during preview at any depth, secrets). Properties checked for each generated input:
 *
 * 1. the policy never throws anything but the SDK's unknown-value error (under the engine any
 *    other exception fails the whole preview);
 * 2. values unknown during preview never cause a mandatory violation: every resource with a
 *    mandatory violation on the input with unknowns also has one with those values known;
 * 3. no message contains a secret in any form (`findSecretLeak`: case-folded, stripped, slices).
 *
 * fast-check shrinks a failing input and prints it (the fixture, the mutations and the resulting
 * properties) in the assertion error.
 */
import fc from "fast-check";
import type { RampartPolicy } from "@rampart/policy-core";
import type { Fixture, FixtureResource } from "./fixtures";
import { runFixtureInProcess } from "./run";
import { findSecretLeak } from "@rampart/policy-core";
import { secret, SECRET_SIG, SIG_KEY, UNKNOWN_WIRE } from "@rampart/engine-client";

/** A mutation at one path of one resource's properties. */
export interface Mutation {
  resource: number;
  /** Index into the resource's path list (modulo its length). */
  path: number;
  op: "drop" | "null" | "wrong-type" | "empty-object" | "long-string" | "long-array" | "unknown" | "secret";
}

const STRUCTURAL: Mutation["op"][] = ["drop", "null", "wrong-type", "empty-object", "long-string", "long-array"];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isSecretObj(v: unknown): boolean {
  return !!v && typeof v === "object" && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

/** Every path (array of keys) in a props object, parents before children. */
export function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v === null || typeof v !== "object" || isSecretObj(v)) return out;
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((e, i) => [i, e]) : Object.entries(v as object);
  for (const [k, e] of entries) {
    const p = [...prefix, k];
    out.push(p);
    pathsOf(e, p, out);
  }
  return out;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function wrongType(v: unknown): Json {
  if (typeof v === "string") return 42;
  if (typeof v === "number") return "not-a-number";
  if (typeof v === "boolean") return "yes";
  if (Array.isArray(v)) return { unexpected: "object" };
  if (v && typeof v === "object") return ["unexpected", "array"];
  return true;
}

/** Applies one mutation in place; returns the secret's plain value for a `secret` op on a string. */
function apply(props: Record<string, unknown>, path: (string | number)[], op: Mutation["op"], secretValue: string): string | undefined {
  let parent: any = props;
  for (const k of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object" || isSecretObj(parent) || !(k in parent)) return undefined;
    parent = parent[k];
  }
  const key = path[path.length - 1];
  if (parent === null || typeof parent !== "object" || isSecretObj(parent) || !(key in parent)) return undefined;
  const cur = parent[key];
  switch (op) {
    case "drop":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return undefined;
    case "null":
      parent[key] = null;
      return undefined;
    case "wrong-type":
      parent[key] = wrongType(cur);
      return undefined;
    case "empty-object":
      parent[key] = {};
      return undefined;
    case "long-string":
      parent[key] = "x".repeat(10_000);
      return undefined;
    case "long-array": {
      // Up to 500 copies, but at most ~200 KB in all: stacked long arrays would otherwise grow
      // geometrically (500 × 500 × a long string) and exhaust memory before any policy runs.
      const size = JSON.stringify(cur ?? "item")?.length ?? 4;
      const count = Math.max(2, Math.min(500, Math.floor(200_000 / Math.max(size, 1))));
      parent[key] = Array.from({ length: count }, () => clone(cur ?? "item"));
      return undefined;
    }
    case "unknown":
      parent[key] = UNKNOWN_WIRE;
      return undefined;
    case "secret":
      if (typeof cur === "string" || typeof cur === "number") {
        // A fresh, recognizable value, so finding it in a message proves a leak.
        parent[key] = secret(typeof cur === "number" ? cur : secretValue);
        return typeof cur === "number" ? undefined : secretValue;
      }
      parent[key] = secret(cur ?? null);
      return undefined;
  }
}

function resourcesOf(fx: Fixture): FixtureResource[] {
  return fx.resources ?? (fx.resource ? [fx.resource] : []);
}

function withResources(fx: Fixture, rs: FixtureResource[]): Fixture {
  return fx.resources ? { ...fx, resources: rs, expect: "pass", message: undefined } : { ...fx, resource: rs[0], expect: "pass", message: undefined };
}

/** Builds the three inputs of one run: known (structural mutations), with unknowns, with secrets. */
export function mutate(
  fx: Fixture,
  muts: readonly Mutation[],
  secretValue: string,
): { known: Fixture; withUnknowns: Fixture; withSecrets: Fixture; secrets: string[] } {
  const base = resourcesOf(fx).map((r) => ({ ...r, props: clone(r.props) }));
  const pick = (rs: FixtureResource[], m: Mutation) => {
    const r = rs[m.resource % Math.max(rs.length, 1)];
    if (!r) return undefined;
    const paths = pathsOf(r.props);
    return paths.length ? { r, path: paths[m.path % paths.length] } : undefined;
  };
  for (const m of muts.filter((m) => STRUCTURAL.includes(m.op))) {
    const t = pick(base, m);
    if (t) apply(t.r.props, t.path, m.op, secretValue);
  }
  const unknownRs = base.map((r) => ({ ...r, props: clone(r.props) }));
  for (const m of muts.filter((m) => m.op === "unknown")) {
    const t = pick(unknownRs, m);
    if (t) apply(t.r.props, t.path, "unknown", secretValue);
  }
  const secretRs = base.map((r) => ({ ...r, props: clone(r.props) }));
  const secrets: string[] = [];
  for (const m of muts.filter((m) => m.op === "secret")) {
    const t = pick(secretRs, m);
    if (!t) continue;
    const s = apply(t.r.props, t.path, "secret", secretValue);
    if (s) secrets.push(s);
  }
  return { known: withResources(fx, base), withUnknowns: withResources(fx, unknownRs), withSecrets: withResources(fx, secretRs), secrets };
}

const mutationArb = fc.record<Mutation>({
  resource: fc.nat(7),
  path: fc.nat(200),
  op: fc.constantFrom<Mutation["op"]>("drop", "null", "wrong-type", "empty-object", "long-string", "long-array", "unknown", "unknown", "secret", "secret"),
});

/** Options for `fuzzPolicy`. */
export interface FuzzOptions {
  /** Runs (generated inputs); default 100. */
  runs?: number;
  seed?: number;
}

/**
 * Fuzzes one policy from its fixtures. Rejects with fast-check's report (seed, shrunk
 * counterexample) when a property fails.
 */
export async function fuzzPolicy(policy: RampartPolicy, fixtures: readonly Fixture[], opts: FuzzOptions = {}): Promise<void> {
  const usable = fixtures.filter((f) => resourcesOf(f).length > 0);
  if (!usable.length) throw new Error(`${policy.name}: no fixture with resources to fuzz from`);
  const arb = fc.record({
    fixture: fc.nat(usable.length - 1),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
    secretValue: fc.stringMatching(/^[a-z0-9]{12,24}$/).map((s) => `s3cr3t-${s}`),
  });
  await fc.assert(
    fc.asyncProperty(arb, async ({ fixture, mutations, secretValue }) => {
      const fx = usable[fixture];
      const { known, withUnknowns, withSecrets, secrets } = mutate(fx, mutations, secretValue);
      const a = await runFixtureInProcess(policy, known);
      const b = await runFixtureInProcess(policy, withUnknowns);
      // A mandatory violation with unknowns is fine when the same resource is also in violation with
      // the values known (its message may differ: it names only what is known to be wrong).
      const allowed = new Set(a.outcome.diagnostics.filter((d) => d.enforcementLevel === "mandatory").map((d) => d.urn));
      const caused = b.outcome.diagnostics.filter((d) => d.enforcementLevel === "mandatory" && !allowed.has(d.urn));
      if (caused.length) throw new Error(`unknown values caused a mandatory violation: ${caused.map((d) => d.message).join(" | ")}`);
      const c = await runFixtureInProcess(policy, withSecrets);
      for (const d of c.outcome.diagnostics) {
        const leak = findSecretLeak(d.message.slice(d.message.indexOf("\n") + 1), secrets);
        if (leak) throw new Error(`a message shows ${leak}: ${d.message}`);
      }
    }),
    { numRuns: opts.runs ?? 100, seed: opts.seed, includeErrorInReport: true },
  );
}

/** Runs per policy: RAMPART_FUZZ_RUNS from the environment, else `fallback`. */
export function fuzzRuns(fallback = 100): number {
  const n = Number(process.env.RAMPART_FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}
