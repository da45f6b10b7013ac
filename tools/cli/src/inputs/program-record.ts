/**
 * What the program runners (TypeScript/JavaScript and Python) record from a program run under
 * Pulumi's mocks, and its conversion into a check input, the same for every language: every
 * registration the program makes (type, name, parent, custom, remote, provider reference,
 * property values in wire form with the SDK's unknown sentinel and secrets, propertyDependencies,
 * dependencies), resources it only reads (`Resource.get`), and the invokes it called.
 *
 * As the engine does: every resource the program registers goes to Analyze (resource policies);
 * read resources do not (the engine does not analyze read steps, pkg/resource/deploy/
 * step_generator.go). rampart also leaves them out of AnalyzeStack: the engine's snapshot has them
 * (as external resources), but a stack policy's finding on a resource this stack does not manage
 * is one its owner cannot act on here; they are counted in `reads`.
 */
import type { EngineProvider, EngineResource } from "@rampart/engine-client";
import { SECRET_SIG, SIG_KEY, UNKNOWN_WIRE, secret } from "@rampart/engine-client";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../errors";
import { ChildOutcome, tailOf } from "./child";
import type { CheckInput, UnexpandedComponent } from "./stack-export";
import type { Project } from "./project";
import { invokeJob } from "./invokes";
import { DefaultProviders } from "./providers";
import { toWire } from "./wire";

/** A registration (or read) recorded by a runner. */
export interface Recorded {
  urn: string;
  id: string;
  type: string;
  name: string;
  custom: boolean;
  /** A component a component provider builds (multi-language component): its children are not seen offline. */
  remote?: boolean;
  /** The program reads this resource (`Resource.get`, YAML `get:`), it does not manage it. */
  read?: boolean;
  parent: string;
  provider: string;
  props: Record<string, unknown>;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  protect: boolean;
}

/** What a runner writes to its result file. */
export interface RunResult {
  resources?: Recorded[];
  /** Invoke tokens called, with whether the catalogue answered them. */
  invokes?: { token: string; known: boolean }[];
  error?: { message: string; at?: string; resource?: string; invoke?: string };
}

/** Placeholder handed to the program for a `secure:` config value; becomes a secret unknown value. */
export const SECRET_PLACEHOLDER = "rampart-secure-config-value-unknown-4f1c9d";

/**
 * Writes a program runner's job file `<tmp>/job.json`: `fields` (the language's own: dir, program,
 * ...) then the fields that name the stack: project, stack, organization (`organization` when the
 * project names none, as the Pulumi CLI's default) and the answers of provider invokes
 * (`invokeJob`, from the stack's config). Returns the job file and the result file the runner writes.
 */
export function writeJobFile(tmp: string, project: Project, fields: Record<string, unknown>): { jobFile: string; resultFile: string } {
  const jobFile = path.join(tmp, "job.json");
  const resultFile = path.join(tmp, "result.json");
  fs.writeFileSync(
    jobFile,
    JSON.stringify({
      ...fields,
      project: project.name,
      stack: project.stack,
      organization: project.organization ?? "organization",
      invokes: invokeJob(project.config),
    }),
  );
  return { jobFile, resultFile };
}

/**
 * Config as the language hosts pass it (`PULUMI_CONFIG`, `PULUMI_CONFIG_SECRET_KEYS`): strings,
 * structured values as JSON; `secure:` values (which rampart cannot decrypt) as a placeholder that
 * the conversion turns into a secret whose value is unknown.
 */
export function programConfigEnv(project: Project): Record<string, string> {
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const [k, v] of project.config) {
    if (v.secure) {
      config[k] = SECRET_PLACEHOLDER;
      secretKeys.push(k);
    } else config[k] = typeof v.value === "string" ? v.value : JSON.stringify(v.value);
  }
  return { PULUMI_CONFIG: JSON.stringify(config), PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(secretKeys) };
}

function replacePlaceholder(v: unknown, inSecret = false): unknown {
  if (typeof v === "string") return v.includes(SECRET_PLACEHOLDER) ? (inSecret ? UNKNOWN_WIRE : secret(UNKNOWN_WIRE)) : v;
  if (Array.isArray(v)) return v.map((e) => replacePlaceholder(e, inSecret));
  if (v && typeof v === "object") {
    const isSecret = (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
    return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, replacePlaceholder(e, inSecret || isSecret)]));
  }
  return v;
}

/**
 * Components whose children come from a lookup the mocks cannot answer (Helm v3 charts render
 * through the `kubernetes:helm:template` invoke, YAML v1 and kustomize v1 through file and URL
 * reads in the provider): not expanded when they have no children.
 */
const INVOKE_BUILT_COMPONENTS = new Set([
  "kubernetes:helm.sh/v3:Chart",
  "kubernetes:kustomize:Directory",
  "kubernetes:yaml:ConfigFile",
  "kubernetes:yaml:ConfigGroup",
]);

/** Components rampart could not look into: remote components, and invoke-built ones without children. */
export function unexpandedComponents(recorded: readonly Recorded[]): UnexpandedComponent[] {
  const parents = new Set(recorded.map((r) => r.parent));
  return recorded
    .filter((r) => !r.custom && !r.read && r.type !== "pulumi:pulumi:Stack" && (r.remote || (INVOKE_BUILT_COMPONENTS.has(r.type) && !parents.has(r.urn))))
    .map((r) => ({ type: r.type, name: r.name, urn: r.urn }));
}

/** The program error as one readable message: what failed, where, and the lookup it may stem from. */
export function programError(project: Project, error: NonNullable<RunResult["error"]>): InputError {
  const parts = [`program ${project.dir} failed`];
  if (error.resource) parts.push(` while registering ${error.resource}`);
  if (error.at) parts.push(` at ${error.at}`);
  let msg = `${parts.join("")}: ${error.message.trim() || "it stopped without a message"}`;
  if (error.invoke) {
    msg += `\n(the program read the result of ${error.invoke}, a data source rampart's offline mocks have no result for; check 'pulumi preview --json' output or a stack export instead)`;
  }
  return new InputError(msg);
}

/**
 * The records with URNs as the engine makes them (sdk/go/common/resource NewURN: the type is the
 * parent's whole qualified type, `$`, the resource's type; no prefix under the root stack). The mock
 * monitors of both SDKs keep only the parent's last type and qualify top-level resources with the
 * stack's type, so `bucket.onObjectCreated(...)`'s Lambda (bucket → subscription → function) would
 * get another URN than in a preview. Every reference (parent, provider `<urn>::<id>`, dependencies,
 * propertyDependencies, URN strings in property values) is rewritten with it.
 */
export function withEngineUrns(raw: readonly Recorded[]): Recorded[] {
  const byUrn = new Map(raw.map((r) => [r.urn, r]));
  const chain = new Map<string, string>();
  const qualifiedType = (r: Recorded, depth = 0): string => {
    const known = chain.get(r.urn);
    if (known !== undefined) return known;
    const parent = r.parent ? byUrn.get(r.parent) : undefined;
    const q = !parent || parent.type === "pulumi:pulumi:Stack" || depth > 1000 ? r.type : `${qualifiedType(parent, depth + 1)}$${r.type}`;
    chain.set(r.urn, q);
    return q;
  };
  const renamed = new Map<string, string>();
  for (const r of raw) {
    const m = /^urn:pulumi:([^:]*)::([^:]*)::/.exec(r.urn);
    if (!m) continue;
    const urn = `urn:pulumi:${m[1]}::${m[2]}::${qualifiedType(r)}::${r.name}`;
    if (urn !== r.urn) renamed.set(r.urn, urn);
  }
  if (!renamed.size) return [...raw];
  const u = (x: string) => renamed.get(x) ?? x;
  const ref = (x: string) => {
    const i = x.lastIndexOf("::");
    return i > 0 && renamed.has(x.slice(0, i)) ? `${u(x.slice(0, i))}${x.slice(i)}` : u(x);
  };
  const deep = (v: unknown): unknown =>
    typeof v === "string"
      ? u(v)
      : Array.isArray(v)
        ? v.map(deep)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, e]) => [k, deep(e)]))
          : v;
  return raw.map((r) => ({
    ...r,
    urn: u(r.urn),
    parent: r.parent ? u(r.parent) : r.parent,
    provider: r.provider ? ref(r.provider) : r.provider,
    dependencies: r.dependencies.map(u),
    propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies).map(([k, us]) => [k, us.map(u)])),
    props: deep(r.props) as Record<string, unknown>,
  }));
}

/** Converts a run's records into a check input (`kind` names the runner). */
export function convertRecorded(kind: CheckInput["kind"], project: Project, raw: readonly Recorded[], entry: string): CheckInput {
  const recorded = withEngineUrns(raw);
  const defaults = new DefaultProviders(project.stack, project.name, project.config, project.dir);
  const byUrn = new Map(recorded.map((r) => [r.urn, r]));
  const clean = (v: Record<string, unknown>) => replacePlaceholder(toWire(v)) as Record<string, unknown>;
  const providerOf = (r: Recorded): EngineProvider | undefined => {
    if (!r.custom || r.type.startsWith("pulumi:")) return undefined;
    if (r.provider) {
      const p = byUrn.get(r.provider.slice(0, r.provider.lastIndexOf("::")));
      if (p) return { type: p.type, name: p.name, urn: p.urn, props: clean(p.props) };
    }
    return defaults.forType(r.type);
  };
  const toEngine = (r: Recorded, withId: boolean): EngineResource => ({
    type: r.type,
    name: r.name,
    urn: r.urn,
    props: withId && r.custom && r.id ? { ...clean(r.props), id: r.id } : clean(r.props),
    provider: providerOf(r),
    parent: r.parent || undefined,
    dependencies: r.dependencies.filter((u) => byUrn.has(u)),
    propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies).map(([k, us]) => [k, us.filter((u) => byUrn.has(u))])),
    options: { protect: r.protect, parent: r.parent || undefined },
  });
  // Every registered resource — the stack, components, custom resources and the default providers
  // the engine registers itself — goes to Analyze, as in a real preview (checked by the real-CLI
  // preview conformance test in tools/offline-provider).
  const resources = recorded.filter((r) => !r.read).map((r) => toEngine(r, false));
  const stackResources = recorded.filter((r) => !r.read).map((r) => toEngine(r, true));
  for (const p of defaults.all()) {
    resources.push({ ...p, dependencies: [], propertyDependencies: {} });
    stackResources.push({ ...p, dependencies: [], propertyDependencies: {} });
  }
  return {
    kind,
    resources,
    customResources: recorded.filter((r) => r.custom && !r.read && !r.type.startsWith("pulumi:")).length,
    stackResources,
    stack: project.stack,
    project: project.name,
    organization: project.organization,
    locations: new Map(recorded.map((r) => [r.urn, { file: entry }])),
    unexpandedComponents: unexpandedComponents(recorded),
    reads: recorded.filter((r) => r.read).length,
  };
}

/**
 * Turns a finished runner into a check input: a timeout, a runner that died without a result
 * (`noResult` explains the output, default its last lines) or the program's error become an
 * InputError; otherwise the records are converted.
 */
export function finishRun(
  kind: CheckInput["kind"],
  project: Project,
  outcome: ChildOutcome,
  resultFile: string,
  timeoutMs: number,
  entry: string,
  noResult: (output: string) => string = (o) => tailOf(o) || "it exited without a result",
): CheckInput {
  if (outcome.timedOut)
    throw new InputError(
      `program ${project.dir} did not finish within ${timeoutMs / 1000} s (rampart runs it offline under mocks; a program waiting on the network or a prompt never finishes)`,
    );
  let result: RunResult | undefined;
  try {
    result = JSON.parse(fs.readFileSync(resultFile, "utf8"));
  } catch {
    result = undefined;
  }
  if (!result) throw new InputError(`program ${project.dir} failed: ${noResult(outcome.output)}`);
  if (result.error) throw programError(project, result.error);
  return convertRecorded(kind, project, result.resources ?? [], entry);
}
