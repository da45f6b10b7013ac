/**
 * Policy metadata of rampart packs, read from each pack's policy list (`@rampart/<pack>/policies`,
 * the esbuild bundle `dist/policies.js`), plus example violations: run live from the pack's
 * fixture sources when they are there (a repository checkout), otherwise read from the pack's
 * generated `docs/examples.json` (written by `rampart docs`).
 */
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";
import type { ComplianceControl, ConfigPropertySchema, FrameworkCatalog, RampartPolicy } from "@rampart/policy-core";
import { InputError } from "./errors";
import { KNOWN_PACKS, resolvePacks, type PackRef } from "./packs";

/** One policy's metadata, as `list --json` and `describe --json` print it. */
export interface PolicyInfo {
  name: string;
  /** Pulumi pack name (`aws-security`). */
  pack: string;
  description: string;
  cloud: string;
  service: string;
  severity: string;
  enforcementLevel: string;
  /** `resource` (validates one resource) or `stack` (looks at the whole stack). */
  kind: "resource" | "stack";
  remediationSteps: string;
  url: string;
  controls: ComplianceControl[];
  resourceTypes: string[];
  /** JSON-Schema properties of the policy's config, each with its `default`. */
  config: Record<string, ConfigPropertySchema>;
  /** Default config values. */
  defaults: Record<string, unknown>;
}

/** A pack's metadata. */
export interface PackMetadata {
  /** Pulumi pack name (`PACK_NAME`). */
  name: string;
  /** npm package name (`@rampart/aws-security`). */
  packageName: string;
  version: string;
  description: string;
  /** The pack folder (symlinks resolved). */
  dir: string;
  policies: PolicyInfo[];
  /** The loaded policy objects, in list order (for running fixtures). */
  definitions: RampartPolicy[];
  /** The compliance frameworks' full control lists the pack ships (`FRAMEWORKS`; may be empty). */
  frameworks: FrameworkCatalog[];
}

interface PoliciesModule {
  policies: readonly RampartPolicy[];
  FRAMEWORKS?: readonly FrameworkCatalog[];
  PACK_NAME?: string;
  PACK_DESCRIPTION?: string;
}

function policiesEntry(dir: string, pkg: any): string {
  const exp = pkg?.exports?.["./policies"];
  const rel = typeof exp === "string" ? exp : (exp?.require ?? exp?.default ?? "./dist/policies.js");
  return path.join(dir, rel);
}

/** Turns a policy object into plain, JSON-ready metadata. */
export function policyInfo(p: RampartPolicy, pack: string): PolicyInfo {
  return {
    name: p.name,
    pack,
    description: p.description,
    cloud: p.cloud,
    service: p.service,
    severity: p.severity,
    enforcementLevel: p.enforcementLevel,
    kind: p.kind,
    remediationSteps: p.remediationSteps,
    url: p.url,
    controls: (p.controls ?? []).map((c) => ({ ...c })),
    resourceTypes: [...p.resourceTypes],
    config: { ...((p.configSchema?.properties ?? {}) as Record<string, ConfigPropertySchema>) },
    defaults: { ...(p.defaults as Record<string, unknown>) },
  };
}

/**
 * Loads a pack folder's policy list.
 * @throws InputError when the folder has no built policy list (`dist/policies.js`).
 */
export function loadPackMetadata(ref: PackRef): PackMetadata {
  const dir = fs.realpathSync(ref.dir);
  let pkg: any = {};
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  } catch {
    // ensureRunnable already checked it; keep defaults
  }
  const entry = policiesEntry(dir, pkg);
  if (!fs.existsSync(entry)) throw new InputError(`pack ${ref.label} has no policy list (${entry} is missing); run 'npm run build' in the pack`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(entry) as PoliciesModule;
  if (!Array.isArray(mod.policies)) throw new InputError(`${entry} exports no 'policies' list`);
  const name = mod.PACK_NAME ?? String(pkg.name ?? ref.label).replace(/^@rampart\//, "");
  return {
    name,
    packageName: pkg.name ?? `@rampart/${name}`,
    version: pkg.version ?? "0.0.0",
    description: mod.PACK_DESCRIPTION ?? pkg.description ?? "",
    dir,
    policies: mod.policies.map((p) => policyInfo(p, name)),
    definitions: [...mod.policies],
    frameworks: Array.isArray(mod.FRAMEWORKS) ? [...mod.FRAMEWORKS] : [],
  };
}

/**
 * Loads the metadata of the packs `--pack` names. Without names: every installed rampart pack;
 * one that is installed but unusable (not built, e.g. in a checkout) is skipped with a `warn`ing.
 * @throws InputError for a named pack that cannot be loaded, or when no pack is usable.
 */
export function loadPacks(values: readonly string[] | undefined, warn: (message: string) => void = () => {}): PackMetadata[] {
  if (values && values.length) return resolvePacks(values).map(loadPackMetadata);
  const out: PackMetadata[] = [];
  for (const name of KNOWN_PACKS) {
    try {
      out.push(...resolvePacks([name]).map(loadPackMetadata));
    } catch (e) {
      const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
      if (!msg.startsWith("unknown pack")) warn(`skipped pack ${name}: ${msg}`);
    }
  }
  if (!out.length) throw new InputError(`no usable rampart pack is installed (looked for ${KNOWN_PACKS.map((n) => `@rampart/${n}`).join(", ")})`);
  return out;
}

/** Finds a policy by name across packs. @throws InputError with the closest names when absent. */
export function findPolicy(packs: readonly PackMetadata[], name: string): { pack: PackMetadata; index: number } {
  for (const pack of packs) {
    const index = pack.policies.findIndex((p) => p.name === name);
    if (index >= 0) return { pack, index };
  }
  const all = packs.flatMap((p) => p.policies.map((x) => x.name));
  const near = all.filter((n) => n.includes(name) || name.includes(n) || editDistance(n, name) <= 3).slice(0, 3);
  const hint = near.length ? ` (did you mean ${near.join(", ")}?)` : " (see 'rampart list')";
  throw new InputError(`no policy named '${name}' in ${packs.map((p) => p.name).join(", ") || "any installed pack"}${hint}`);
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** An example violation: the message a policy reports on its first `violate` fixture. */
export interface ExampleViolation {
  /** The fixture's name (what the example shows). */
  fixture: string;
  /** Type token of the offending resource. */
  resourceType: string;
  /** The policy's message, without the description line the SDK puts before it. */
  message: string;
}

/** Where `rampart docs` stores a pack's examples, relative to the pack folder. */
export const EXAMPLES_FILE = path.join("docs", "examples.json");

/** The fixture source of a policy in a pack folder, if the folder has sources. */
export function fixtureSource(packDir: string, policy: string): string | undefined {
  const file = path.join(packDir, "src", "policies", `${policy}.fixtures.ts`);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * A policy fixture as the CLI reads it (the fields it uses of @rampart/policy-testing's `Fixture`;
 * the CLI does not depend on the test harness, it loads it from the repository when it reads
 * fixture sources).
 */
export interface Fixture {
  name: string;
  expect: string;
  resource?: { type: string; name?: string };
  resources?: { type: string; name?: string }[];
}

/** The in-process fixture runner of the @rampart/policy-testing a fixture file imports. */
type FixtureRunner = (
  policy: RampartPolicy,
  fx: Fixture,
) => Promise<{ outcome: { diagnostics: { message: string; enforcementLevel: string; urn: string }[] } }>;

/**
 * Resolves @rampart/policy-testing from the fixture file's folder, as the fixture module itself
 * does (a repository checkout has it).
 * @throws InputError when it cannot be found.
 */
function fixtureRunnerFor(file: string): FixtureRunner {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(require.resolve("@rampart/policy-testing", { paths: [path.dirname(file)] })).runFixtureInProcess;
  } catch {
    throw new InputError(`cannot run ${file}: @rampart/policy-testing is needed to run fixtures (run from the rampart repository)`);
  }
}

/**
 * Loads a TypeScript fixture module: bundles it (relative imports inlined, packages left to
 * `require`) with esbuild, which a repository checkout has (the packs build with it), and
 * evaluates it as if it were the `.ts` file, so packages resolve from the pack folder.
 * @throws InputError when esbuild is not installed (an installed CLI outside the repository).
 */
export function loadFixtures(file: string): Fixture[] {
  let esbuild: typeof import("esbuild");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    esbuild = require(require.resolve("esbuild", { paths: [path.dirname(file), __dirname] }));
  } catch {
    throw new InputError(`cannot load ${file}: esbuild is needed to read fixture sources (run from the rampart repository)`);
  }
  const out = esbuild.buildSync({
    entryPoints: [file],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = (Module as any)._nodeModulePaths(path.dirname(file));
  (m as any)._compile(out.outputFiles[0].text, file);
  const list = (m.exports as { default?: Fixture[] }).default;
  if (!Array.isArray(list)) throw new InputError(`${file} has no default export of fixtures`);
  return list;
}

/**
 * Runs a policy's first `violate` fixture in process (through @pulumi/policy's own handlers, with
 * the @rampart/policy-testing that `fixtureFile` resolves) and returns its first mandatory
 * message. `undefined` when the policy has no `violate` fixture or reports nothing on it.
 * @throws InputError when @rampart/policy-testing cannot be resolved from `fixtureFile`.
 */
export async function runExample(policy: RampartPolicy, list: readonly Fixture[], fixtureFile: string): Promise<ExampleViolation | undefined> {
  const fx = list.find((f) => f.expect === "violate");
  if (!fx) return undefined;
  const r = await fixtureRunnerFor(fixtureFile)(policy, fx);
  const d = r.outcome.diagnostics.find((x) => x.enforcementLevel === "mandatory") ?? r.outcome.diagnostics[0];
  if (!d) return undefined;
  const nl = d.message.indexOf("\n");
  const message = d.message.startsWith(policy.description) && nl >= 0 ? d.message.slice(nl + 1) : d.message;
  const resources = fx.resources ?? (fx.resource ? [fx.resource] : []);
  const target = (d.urn && resources.find((x) => d.urn.endsWith(`::${x.name ?? "example"}`))) || resources[0];
  return { fixture: fx.name, resourceType: target?.type ?? "", message };
}

/** Reads a pack's stored examples (`docs/examples.json`); empty when there are none. */
export function storedExamples(packDir: string): Record<string, ExampleViolation> {
  try {
    return JSON.parse(fs.readFileSync(path.join(packDir, EXAMPLES_FILE), "utf8"));
  } catch {
    return {};
  }
}

/**
 * A policy's example violation: live from its fixture source when the pack folder has sources,
 * else the stored one from `docs/examples.json` (shipped with the pack), else `undefined`.
 */
export async function exampleFor(pack: PackMetadata, index: number): Promise<{ example?: ExampleViolation; source: "fixtures" | "stored" | "none" }> {
  const policy = pack.definitions[index];
  const file = fixtureSource(pack.dir, policy.name);
  if (file) {
    try {
      const example = await runExample(policy, loadFixtures(file), file);
      if (example) return { example, source: "fixtures" };
    } catch {
      // fall back to the stored example
    }
  }
  const stored = storedExamples(pack.dir)[policy.name];
  return stored ? { example: stored, source: "stored" } : { source: "none" };
}
