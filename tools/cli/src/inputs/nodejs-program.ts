/**
 * Checking a TypeScript or JavaScript Pulumi program (`runtime: nodejs`) without the Pulumi CLI,
 * cloud credentials or network: the program runs in a child process (so its crash cannot take
 * rampart down) under Pulumi's mock runtime, `pulumi.runtime.setMocks` on the program's OWN
 * `@pulumi/pulumi` (resolved from the program folder), as a preview (`dryRun`) of stack
 * `<stack>` with the stack's config passed as the language host passes it (`PULUMI_CONFIG`,
 * `PULUMI_CONFIG_SECRET_KEYS`).
 *
 * Mocks: a resource gets id `<name>_id` and its state is its inputs; values a provider would compute
 * (an ARN) are absent and so unknown during the preview, as in a real first preview. Invokes return
 * their arguments. Every registration the program makes is recorded from the mock monitor's
 * requests (type, name, parent, custom, provider reference, property values in wire form with the
 * SDK's unknown sentinel and secrets, propertyDependencies, dependencies) and checked like the
 * engine would: custom resources through Analyze, everything through AnalyzeStack.
 *
 * TypeScript runs through the program's own ts-node when it has one; otherwise the program is
 * bundled with esbuild (its own sources only; packages stay external and resolve from the
 * program folder, so `@pulumi/*` are the program's own).
 */
import { spawn } from "node:child_process";
import { trackChild, trackTempDir } from "../lifecycle";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { EngineProvider, EngineResource } from "@rampart/policy-testing";
import { SECRET_SIG, SIG_KEY, UNKNOWN_WIRE, secret } from "@rampart/policy-testing";
import { InputError } from "../errors";
import type { CheckInput } from "./stack-export";
import type { Project } from "./project";
import { DefaultProviders } from "./providers";
import { toWire } from "./wire";

/** A registration recorded by the runner. */
interface Recorded {
  urn: string;
  id: string;
  type: string;
  name: string;
  custom: boolean;
  parent: string;
  provider: string;
  props: Record<string, unknown>;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  protect: boolean;
}

/** The runner: plain JavaScript written to a temp folder and started with node. */
const RUNNER = String.raw`"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");
const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const resultFile = process.argv[3];
let finished = false;
function finish(obj, code) {
  if (finished) return;
  finished = true;
  fs.writeFileSync(resultFile, JSON.stringify(obj));
  process.exit(code);
}
function fail(e) {
  const msg = e instanceof Error ? (e.message || String(e)) : String(e);
  finish({ error: msg.split("\n").map((l) => l.trim()).filter(Boolean)[0] || "program failed" }, 1);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
(async () => {
  process.chdir(job.dir);
  let pulumiPath;
  try {
    pulumiPath = require.resolve("@pulumi/pulumi", { paths: [job.dir] });
  } catch (e) {
    throw new Error("cannot find @pulumi/pulumi from " + job.dir + " (install the program's dependencies)");
  }
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [job.dir] }));
  const pulumi = require(pulumiPath);
  const settings = require(path.join(pulumiDir, "runtime", "settings"));
  const stackMod = require(path.join(pulumiDir, "runtime", "stack"));
  const mocks = {
    newResource: (a) => ({ id: a.custom === false ? undefined : a.name + "_id", state: a.inputs }),
    call: (a) => a.inputs,
  };
  await pulumi.runtime.setMocks(mocks, job.project, job.stack, true, job.organization);
  const monitor = settings.getMonitor();
  const recorded = [];
  const orig = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    const pdeps = {};
    req.getPropertydependenciesMap().forEach((v, k) => { pdeps[k] = v.getUrnsList(); });
    const rec = {
      type: req.getType(), name: req.getName(), custom: req.getCustom(), parent: req.getParent(),
      provider: req.getProvider(), props: req.getObject() ? req.getObject().toJavaScript() : {},
      dependencies: req.getDependenciesList(), propertyDependencies: pdeps, protect: !!req.getProtect(),
    };
    return orig(req, (err, res) => {
      if (!err && res) { rec.urn = res.getUrn(); rec.id = res.getId(); recorded.push(rec); }
      cb(err, res);
    });
  };
  let load;
  if (job.mode === "bundle") {
    load = () => {
      const filename = path.join(job.dir, "__rampart_program__.js");
      const m = new Module(filename, module);
      m.filename = filename;
      m.paths = Module._nodeModulePaths(job.dir);
      m._compile(fs.readFileSync(job.bundle, "utf8"), filename);
      return m.exports;
    };
  } else {
    if (job.mode === "ts-node") {
      require(require.resolve("ts-node", { paths: [job.dir] })).register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
    }
    load = () => require(job.entry);
  }
  await stackMod.runInPulumiStack(async () => {
    const exp = load();
    const v = exp && exp.__esModule && "default" in exp ? exp.default : exp;
    return typeof v === "function" ? await v() : await v;
  });
  if (typeof settings.waitForRPCs === "function") await settings.waitForRPCs();
  finish({ resources: recorded }, 0);
})().catch(fail);
`;

function hasModule(name: string, dir: string): boolean {
  try {
    require.resolve(name, { paths: [dir] });
    return true;
  } catch {
    return false;
  }
}

/** The program's entry file: Pulumi.yaml `main`, then package.json `main`, then index.ts / index.js. */
export function programEntry(project: Project): string {
  const base = project.main ?? project.dir;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  let main: string | undefined;
  try {
    main = JSON.parse(fs.readFileSync(path.join(base, "package.json"), "utf8")).main;
  } catch {
    main = undefined;
  }
  const candidates = [main && path.resolve(base, main), ...["index.ts", "index.js", "index.mts", "index.mjs"].map((f) => path.join(base, f))];
  for (const c of candidates) if (c && fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new InputError(`${project.dir}: cannot find the program's entry (no main in package.json, no index.ts or index.js)`);
}

/** Placeholder handed to the program for a `secure:` config value; becomes a secret unknown value. */
const SECRET_PLACEHOLDER = "rampart-secure-config-value-unknown-4f1c9d";

function replacePlaceholder(v: unknown, inSecret = false): unknown {
  if (typeof v === "string") return v.includes(SECRET_PLACEHOLDER) ? (inSecret ? UNKNOWN_WIRE : secret(UNKNOWN_WIRE)) : v;
  if (Array.isArray(v)) return v.map((e) => replacePlaceholder(e, inSecret));
  if (v && typeof v === "object") {
    const isSecret = (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
    return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, replacePlaceholder(e, inSecret || isSecret)]));
  }
  return v;
}

/** Options for running a program. */
export interface RunProgramOptions {
  /** Milliseconds before the program is stopped (default 120 000). */
  timeoutMs?: number;
}

/**
 * Runs the program under mocks and converts what it registered.
 * @throws InputError (exit 2) when the program cannot be compiled, throws, or does not finish in
 * time: one line with the program's own error message.
 */
export async function fromNodejsProgram(project: Project, opts: RunProgramOptions = {}): Promise<CheckInput> {
  const entry = programEntry(project);
  if (!hasModule("@pulumi/pulumi", project.dir)) {
    throw new InputError(`${project.dir}: cannot find @pulumi/pulumi from the program folder (run 'npm install' there)`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-program-"));
  const untrackTmp = trackTempDir(tmp);
  try {
    const isTs = /\.[mc]?tsx?$/.test(entry);
    let mode: "plain" | "ts-node" | "bundle" = "plain";
    let bundle: string | undefined;
    if (isTs && hasModule("ts-node", project.dir) && hasModule("typescript", project.dir)) mode = "ts-node";
    else if (isTs || /\.mjs$/.test(entry)) {
      mode = "bundle";
      bundle = path.join(tmp, "program.js");
      await bundleProgram(entry, bundle);
    }
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [k, v] of project.config) {
      if (v.secure) {
        config[k] = SECRET_PLACEHOLDER;
        secretKeys.push(k);
      } else config[k] = typeof v.value === "string" ? v.value : JSON.stringify(v.value);
    }
    const jobFile = path.join(tmp, "job.json");
    const resultFile = path.join(tmp, "result.json");
    fs.writeFileSync(
      jobFile,
      JSON.stringify({ dir: project.dir, entry, bundle, mode, project: project.name, stack: project.stack, organization: project.organization ?? "organization" }),
    );
    const runner = path.join(tmp, "runner.js");
    fs.writeFileSync(runner, RUNNER);
    const output = await runChild(runner, [jobFile, resultFile], project, { PULUMI_CONFIG: JSON.stringify(config), PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(secretKeys) }, opts.timeoutMs ?? 120_000);
    let result: { resources?: Recorded[]; error?: string } | undefined;
    try {
      result = JSON.parse(fs.readFileSync(resultFile, "utf8"));
    } catch {
      result = undefined;
    }
    if (!result) throw new InputError(`program ${project.dir} failed: ${output.split("\n").map((l) => l.trim()).filter(Boolean)[0] ?? "it exited without a result"}`);
    if (result.error) throw new InputError(`program ${project.dir} failed: ${result.error}`);
    return convert(project, result.resources ?? [], entry);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    untrackTmp();
  }
}

async function bundleProgram(entry: string, outfile: string): Promise<void> {
  let esbuild: typeof import("esbuild");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    esbuild = require("esbuild");
  } catch {
    throw new InputError(`cannot compile ${entry}: esbuild is not installed and the program has no ts-node`);
  }
  try {
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "silent",
      sourcemap: false,
    });
  } catch (e) {
    const errs = (e as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
    const first = errs?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
    throw new InputError(`cannot compile ${entry}: ${where}${first?.text ?? (e as Error).message.split("\n")[0]}`);
  }
}

function runChild(script: string, args: string[], project: Project, env: Record<string, string>, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: project.dir,
      env: { ...process.env, ...env, PULUMI_NODEJS_TRANSPILE_ONLY: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const untrack = trackChild(child);
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      if (out.length < 65536) out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      if (out.length < 65536) out += d.toString();
    });
    const timer = setTimeout(() => {
      out = `the program did not finish within ${timeoutMs / 1000} s\n` + out;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", () => {
      clearTimeout(timer);
      untrack();
      resolve(out);
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve(e.message);
    });
  });
}

function convert(project: Project, raw: Recorded[], entry: string): CheckInput {
  // The mock monitor qualifies top-level URNs with the stack's type; the engine does not.
  const recorded = JSON.parse(JSON.stringify(raw).split("::pulumi:pulumi:Stack$").join("::")) as Recorded[];
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
  const resources = recorded.filter((r) => r.custom).map((r) => toEngine(r, false));
  const stackResources = recorded.map((r) => toEngine(r, true));
  for (const p of defaults.all()) stackResources.push({ ...p, dependencies: [], propertyDependencies: {} });
  return {
    kind: "nodejs-program",
    resources,
    stackResources,
    stack: project.stack,
    project: project.name,
    organization: project.organization,
    locations: new Map(recorded.map((r) => [r.urn, { file: entry }])),
  };
}
