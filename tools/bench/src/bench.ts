/**
 * `npm run bench`: measures rampart's policy packs over the Pulumi engine's analyzer protocol
 * against a bare pack (one trivial policy, same @pulumi/policy and @pulumi/pulumi) and against
 * @pulumi/awsguard 0.3.1, and writes `bench/report.md` and `bench/report.json` at the repo root.
 *
 * Measurements (each the median of `--runs` runs, default 5, interleaved in one process run):
 *  1. cold start: spawn as the Pulumi CLI does until GetAnalyzerInfo answers;
 *  2. a 5,000-resource export (Analyze per resource with modest concurrency, then one
 *     AnalyzeStack) through each pack, through all three, and through the bare pack;
 *  3. AnalyzeStack alone at 1,000 and 10,000 resources;
 *  4. the same workloads, restricted to the AWS types awsguard understands, through awsguard,
 *     aws-security and the bare pack.
 *
 *  5. the real Pulumi CLI (real-cli.ts): `rampart check` vs `pulumi policy analyze --file` on the
 *     export written as a stack export file, and `pulumi preview` of a generated TypeScript program
 *     with the three packs vs without (`--real-cli-runs`, default 3: each run takes minutes);
 *  6. the peak memory and time of `rampart check` with the three packs on generated stack exports
 *     of `--memory-sizes` resources (default 10000,50000,100000; one run each; memory.ts).
 *
 * Usage: `node dist/bench.js [--runs N] [--concurrency N] [--size N] [--program-size N]
 * [--real-cli-runs N] [--memory-sizes N,N,...] [--out DIR]`; `--only real-cli` (or `--only memory`)
 * measures section 5 (or 6) alone and merges it into the existing report.json/report.md of `--out`
 * (the other sections stay as they were); or
 * `node dist/bench.js --render [DIR]` to re-render report.md from report.json.
 */
import type { AnalyzeOutcome, AnalyzerInfo, EngineResource, PolicyPackConfigFile } from "@rampart/policy-testing";
import { PolicyPackProcess, fromAnalyzeResponse, resolveEngineConfig, toAnalyzeRequest, toAnalyzeStackRequest } from "@rampart/policy-testing";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { findPulumiCli } from "@rampart/pulumi-cli";
import { ANALYSIS } from "./analysis";
import { residency } from "./pack-config";
import { measureRealCli, RealCliResult } from "./real-cli";
import { AWSGUARD_TYPES, asStackResource, generateWorkload, mixOf } from "./workload";
import { BenchInput, BenchReport, MemoryResult, renderMarkdown, summarize, Samples } from "./report";
import { measureTreeMemory } from "./memory";
import { toStackExport } from "./stack-export";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const OUT_DEFAULT = path.join(ROOT, "bench");
const BARE_DIR = path.resolve(__dirname, "..", "bare-pack");
const RAMPART_PACKS = ["aws-security", "cost-optimization", "data-location"] as const;
const AWSGUARD_VERSION = "0.3.1";

interface Args {
  runs: number;
  concurrency: number;
  size: number;
  programSize: number;
  realCliRuns: number;
  /** Export sizes of the memory section (section 6), smallest first. */
  memorySizes: number[];
  only?: "real-cli" | "memory";
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { runs: 5, concurrency: 4, size: 5000, programSize: 1000, realCliRuns: 3, memorySizes: [10_000, 50_000, 100_000], out: OUT_DEFAULT };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === "--runs") a.runs = Number(v);
    else if (argv[i] === "--concurrency") a.concurrency = Number(v);
    else if (argv[i] === "--size") a.size = Number(v);
    else if (argv[i] === "--program-size") a.programSize = Number(v);
    else if (argv[i] === "--real-cli-runs") a.realCliRuns = Number(v);
    else if (argv[i] === "--memory-sizes") a.memorySizes = v.split(",").map(Number);
    else if (argv[i] === "--only") {
      if (v !== "real-cli" && v !== "memory") throw new Error(`--only takes "real-cli" or "memory", got ${v}`);
      a.only = v;
    } else if (argv[i] === "--out") a.out = path.resolve(v);
    else throw new Error(`unknown argument ${argv[i]}`);
    i++;
  }
  if (!(a.runs >= 1 && a.realCliRuns >= 1 && a.concurrency >= 1 && a.size >= 10 && a.programSize >= 16)) {
    throw new Error("--runs, --real-cli-runs, --concurrency must be ≥ 1, --size ≥ 10 and --program-size ≥ 16");
  }
  if (!a.memorySizes.length || a.memorySizes.some((n) => !(n >= 10))) throw new Error("--memory-sizes takes sizes ≥ 10, comma-separated");
  a.memorySizes.sort((x, y) => x - y);
  return a;
}

const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
const now = () => process.hrtime.bigint();
const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

// ------------------------------------------------------------------ packs

interface Pack {
  key: string;
  dir: string;
  /** Module whose require shows what the pack loads beyond the SDK (no server start). */
  profileEntry?: string;
  config?: (info: AnalyzerInfo) => PolicyPackConfigFile;
}

const STAGE = path.join(ROOT, "bench", ".peers", "packs");

/**
 * Copies a pack as it is published (dist/, package.json, PulumiPolicy.yaml; no tsconfig.json, no
 * sources) into `bench/.peers/packs/<key>`, so every pack runs on the same copy of the SDK as
 * awsguard and a rebuild of a workspace package during the bench cannot pull files from under it.
 */
function stage(key: string, src: string, files: string[]): string {
  const dir = path.join(STAGE, key);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.cpSync(path.join(src, f), path.join(dir, f), { recursive: true });
  return dir;
}

function rampartPack(name: string): Pack {
  const src = path.join(ROOT, "packages", name);
  for (let attempt = 0; ; attempt++) {
    const built = fs.existsSync(path.join(src, "dist", "index.js")) && fs.existsSync(path.join(src, "dist", "policies.js"));
    if (built) {
      try {
        const dir = stage(name, src, ["dist", "package.json", "PulumiPolicy.yaml"]);
        if (fs.existsSync(path.join(dir, "dist", "index.js")) && fs.existsSync(path.join(dir, "dist", "policies.js"))) {
          return { key: name, dir, profileEntry: "./dist/policies.js", config: name === "data-location" ? residency : undefined };
        }
      } catch {
        // a rebuild removed files while copying: try again
      }
    }
    if (attempt >= 12) throw new Error(`${name} is not built: run \`npm run build\` in packages/${name}`);
    log(`waiting for packages/${name}/dist (being rebuilt?)`);
    spawnSync(process.execPath, ["-e", "setTimeout(() => {}, 5000)"]);
  }
}

/**
 * Three copies of the bare pack named bare-1, bare-2, bare-3 (the CLI and rampart check load each
 * pack name once): what any three packs cost a tool, for the real-CLI section.
 */
function bareCopies(): string[] {
  return [1, 2, 3].map((n) => {
    const dir = stage(`bare-${n}`, BARE_DIR, ["index.js", "package.json", "PulumiPolicy.yaml"]);
    for (const f of ["index.js", "package.json"]) {
      const p = path.join(dir, f);
      fs.writeFileSync(
        p,
        fs
          .readFileSync(p, "utf8")
          .replace(/new PolicyPack\("bare"/, `new PolicyPack("bare-${n}"`)
          .replace(/"name": "bare"/, `"name": "bare-${n}"`),
      );
    }
    if (!fs.readFileSync(path.join(dir, "index.js"), "utf8").includes(`"bare-${n}"`)) throw new Error(`could not rename the bare pack copy in ${dir}`);
    return dir;
  });
}

/**
 * Section 5 (real-cli.ts) with the staged packs; one config file for both tools, made like the
 * engine-protocol sections' config (data-location with allowedJurisdictions ["EU"]).
 */
async function realCli(args: Args, packs: Pack[], mode: RealCliResult["mode"]): Promise<RealCliResult> {
  const cli = findPulumiCli();
  if (!cli) throw new Error("no Pulumi CLI: build it with `npx nx run @rampart/pulumi-cli:build` (needs Go) or put `pulumi` on PATH");
  const config = await sharedConfig(packs);
  log(`real Pulumi CLI section (${cli}), ${args.realCliRuns} runs`);
  return measureRealCli(
    {
      cli,
      runs: args.realCliRuns,
      exportSize: args.size,
      programSize: args.programSize,
      packs: packs.map((p) => p.dir),
      barePacks: bareCopies(),
      config,
      workDir: path.join(ROOT, "bench", ".peers", "real-cli"),
      root: ROOT,
      log,
    },
    mode,
  );
}

/** The config file both tools get: each pack's `config` (data-location: allowedJurisdictions ["EU"]) merged. */
async function sharedConfig(packs: Pack[]): Promise<PolicyPackConfigFile> {
  const config: PolicyPackConfigFile = {};
  for (const p of packs) {
    if (!p.config) continue;
    const proc = await PolicyPackProcess.start(p.dir, { timeoutMs: 120_000 });
    try {
      Object.assign(config, p.config(await proc.getAnalyzerInfo()));
    } finally {
      await proc.stop();
    }
  }
  return config;
}

/**
 * Section 6: `rampart check` of generated stack exports (the workload generator at each of
 * `args.memorySizes`) through the three packs, one run per size, with the peak memory of the CLI
 * and its pack processes (memory.ts).
 */
async function memorySection(args: Args, packs: Pack[], mode: MemoryResult["mode"]): Promise<MemoryResult> {
  const dir = path.join(ROOT, "bench", ".peers", "memory");
  fs.mkdirSync(dir, { recursive: true });
  const configFile = path.join(dir, "policy-config.json");
  fs.writeFileSync(configFile, JSON.stringify(await sharedConfig(packs), null, 2) + "\n");
  const loadAvgBefore = os.loadavg();
  const runs: MemoryResult["runs"] = [];
  for (const n of args.memorySizes) {
    const exportFile = path.join(dir, `export-${n}.json`);
    if (!fs.existsSync(exportFile)) {
      log(`memory: writing a ${n}-resource export`);
      fs.writeFileSync(exportFile, JSON.stringify(toStackExport(generateWorkload(n, 42)), null, 2) + "\n");
    }
    log(`memory: rampart check of ${n} resources`);
    const bin = path.join(ROOT, "tools", "cli", "bin", "rampart.js");
    const m = await measureTreeMemory(
      process.execPath,
      [bin, "check", exportFile, ...packs.flatMap((p) => ["--pack", p.dir]), "--config", configFile, "--format", "json", "--fail-on", "never"],
      { intervalMs: 100, timeoutMs: 3_600_000 },
    );
    log(
      `memory: ${n} resources in ${m.wallS.toFixed(1)} s, peak total ${m.peakTotalMiB.toFixed(0)} MiB (CLI ${m.peakRootMiB.toFixed(0)} MiB), exit ${m.exitCode}`,
    );
    // A failed run (e.g. out of memory) is recorded with its exit status, not thrown: the report says so.
    if (m.exitCode !== 0) log(`memory: rampart check of ${exportFile} exited with ${m.exitCode}`);
    runs.push({ resources: n, exportFile: path.relative(ROOT, exportFile), exportBytes: fs.statSync(exportFile).size, ...m });
  }
  return { generatedAt: new Date().toISOString(), mode, machine: { cpus: os.cpus().length, loadAvgBefore, loadAvgAfter: os.loadavg() }, runs };
}

/** `--only memory`: measures section 6 and merges it into the existing report of `args.out`. */
async function onlyMemory(args: Args) {
  const file = path.join(args.out, "report.json");
  if (!fs.existsSync(file)) throw new Error(`--only memory merges into an existing ${file}: run the full bench first`);
  const input = JSON.parse(fs.readFileSync(file, "utf8")) as BenchInput;
  const memory = await memorySection(args, RAMPART_PACKS.map(rampartPack), "only");
  const report = summarize({ ...input, memory, analysis: ANALYSIS });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  fs.writeFileSync(path.join(args.out, "report.md"), renderMarkdown(report));
  for (const t of report.targets.filter((t) => t.key === "memory")) log(`${t.met ? "MET   " : "MISSED"} ${t.name}: ${t.value.toFixed(2)} (target ${t.target})`);
}

/** `--only real-cli`: measures section 5 and merges it into the existing report of `args.out`. */
async function onlyRealCli(args: Args) {
  const file = path.join(args.out, "report.json");
  if (!fs.existsSync(file)) throw new Error(`--only real-cli merges into an existing ${file}: run the full bench first`);
  const input = JSON.parse(fs.readFileSync(file, "utf8")) as BenchInput;
  if (input.settings.exportSize !== args.size)
    log(`note: the report's other sections used a ${input.settings.exportSize}-resource export, this section ${args.size}`);
  const result = await realCli(args, RAMPART_PACKS.map(rampartPack), "only");
  const report = summarize({ ...input, realCli: result, analysis: ANALYSIS });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  fs.writeFileSync(path.join(args.out, "report.md"), renderMarkdown(report));
  log(`merged the real Pulumi CLI section into ${path.relative(ROOT, file)} and report.md`);
  for (const t of report.targets.filter((t) => t.key === "realCli"))
    log(`${t.met ? "MET   " : "MISSED"} ${t.name}: ${t.value.toFixed(2)} (target ${t.target})`);
}

/**
 * The three packs' policies served by one process (policy names are unique across packs so any
 * mix can form one pack): what "through all three" costs when the engine talks to one analyzer.
 */
function combinedPack(): Pack {
  const dir = path.join(STAGE, "combined");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "rampart-combined", version: "0.1.0", private: true, main: "index.js" }, null, 2) + "\n",
  );
  fs.writeFileSync(
    path.join(dir, "PulumiPolicy.yaml"),
    "runtime: nodejs\ndescription: aws-security, cost-optimization and data-location in one pack (rampart bench)\n",
  );
  fs.writeFileSync(
    path.join(dir, "index.js"),
    [
      '"use strict";',
      'const { PolicyPack } = require("@pulumi/policy");',
      `const packs = ${JSON.stringify(RAMPART_PACKS)};`,
      "const policies = packs.flatMap((p) => require(`../${p}/dist/policies.js`).policies);",
      'new PolicyPack("rampart-combined", { policies: policies.map((p) => p.toPulumiPolicy()) });',
      "",
    ].join("\n"),
  );
  return { key: "combined", dir, config: residency };
}

/**
 * Installs @pulumi/awsguard 0.3.1 as a policy pack in `bench/.peers` (git-ignored, outside the
 * workspace lockfile) on first run. Its package.json pins @pulumi/policy and @pulumi/pulumi to the
 * workspace's exact versions so awsguard runs on the same SDK; awsguard brings its own
 * @pulumi/aws 4 and aws-sdk 2.
 */
function ensureAwsguard(): Pack {
  const dir = path.join(ROOT, "bench", ".peers");
  fs.mkdirSync(dir, { recursive: true });
  const req = createRequire(path.join(ROOT, "package.json"));
  const version = (p: string) => JSON.parse(fs.readFileSync(req.resolve(`${p}/package.json`), "utf8")).version.replace(/^v/, "");
  const pkg = {
    name: "awsguard-bench",
    version: AWSGUARD_VERSION,
    private: true,
    description: "@pulumi/awsguard 0.3.1 as a policy pack, installed by `npm run bench` outside the workspace lockfile.",
    main: "index.js",
    dependencies: { "@pulumi/awsguard": AWSGUARD_VERSION, "@pulumi/policy": version("@pulumi/policy"), "@pulumi/pulumi": version("@pulumi/pulumi") },
  };
  const write = (f: string, s: string) => {
    const p = path.join(dir, f);
    if (!fs.existsSync(p) || fs.readFileSync(p, "utf8") !== s) fs.writeFileSync(p, s);
  };
  write("package.json", JSON.stringify(pkg, null, 2) + "\n");
  write("PulumiPolicy.yaml", "runtime: nodejs\ndescription: '@pulumi/awsguard 0.3.1 with every policy advisory (rampart bench)'\n");
  write("index.js", '"use strict";\nconst { AwsGuard } = require("@pulumi/awsguard");\nnew AwsGuard({ all: "advisory" });\n');
  const installed = (p: string) => path.join(dir, "node_modules", p, "package.json");
  const ok = () =>
    fs.existsSync(installed("@pulumi/awsguard")) &&
    version("@pulumi/policy") === JSON.parse(fs.readFileSync(installed("@pulumi/policy"), "utf8")).version.replace(/^v/, "") &&
    version("@pulumi/pulumi") === JSON.parse(fs.readFileSync(installed("@pulumi/pulumi"), "utf8")).version.replace(/^v/, "");
  if (!fs.existsSync(installed("@pulumi/policy")) || !ok()) {
    log(`installing @pulumi/awsguard@${AWSGUARD_VERSION} into ${path.relative(ROOT, dir)} (first run)`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["install", "--prefix", dir, "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], { stdio: "inherit", cwd: dir });
    if (r.status !== 0 || !ok()) throw new Error(`npm install of @pulumi/awsguard@${AWSGUARD_VERSION} into ${dir} failed`);
  }
  return { key: "awsguard", dir, profileEntry: "@pulumi/awsguard" };
}

// ------------------------------------------------------------------ protocol

/** A request serialized once, sent to every pack as is (the engine is Go: client cost stays out of the numbers). */
type Wire = Uint8Array;

/** Sends a pre-serialized request on the pack's own gRPC channel; resolves to the raw response. */
function rawCall(proc: PolicyPackProcess, method: "Analyze" | "AnalyzeStack", req: Wire): Promise<Buffer> {
  const client = (proc as any).client as {
    makeUnaryRequest(m: string, s: (v: Wire) => Buffer, d: (b: Buffer) => Buffer, a: Wire, cb: (e: Error | null, r?: Buffer) => void): void;
  };
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      `/pulumirpc.Analyzer/${method}`,
      (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
      (b) => b,
      req,
      (err, res) => (err ? reject(new Error(`${method} on ${proc.packDir}: ${err.message}`)) : resolve(res!)),
    );
  });
}

const analyzerPb = createRequire(require.resolve("@rampart/policy-testing"))("@pulumi/pulumi/proto/analyzer_pb");
const decode = (b: Buffer): AnalyzeOutcome => fromAnalyzeResponse(analyzerPb.AnalyzeResponse.deserializeBinary(new Uint8Array(b)));

interface Workload {
  label: string;
  analyze: Wire[];
  stack: Wire;
  count: number;
}

function serialize(label: string, resources: EngineResource[]): Workload {
  return {
    label,
    analyze: resources.map((r) => toAnalyzeRequest(r).serializeBinary()),
    stack: toAnalyzeStackRequest(resources.map(asStackResource)).serializeBinary(),
    count: resources.length,
  };
}

async function pool(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

interface Started {
  proc: PolicyPackProcess;
  coldMs: number;
  info: AnalyzerInfo;
}

async function start(pack: Pack): Promise<Started> {
  const t = now();
  const proc = await PolicyPackProcess.start(pack.dir, { timeoutMs: 120_000 });
  const info = await proc.getAnalyzerInfo();
  const coldMs = ms(t);
  await proc.configure(resolveEngineConfig(info, pack.config?.(info) ?? {}));
  await proc.configureStack({ stack: "prod", project: "shop", dryRun: true });
  return { proc, coldMs, info };
}

interface Tally {
  resources: number;
  diagnostics: number;
  mandatory: number;
  advisory: number;
  policiesFiring: number;
}

function tally(responses: Buffer[], resources: number): Tally {
  const t: Tally = { resources, diagnostics: 0, mandatory: 0, advisory: 0, policiesFiring: 0 };
  const names = new Set<string>();
  for (const b of responses) {
    for (const d of decode(b).diagnostics) {
      t.diagnostics++;
      if (d.enforcementLevel === "mandatory") t.mandatory++;
      else t.advisory++;
      names.add(d.policyName);
    }
  }
  t.policiesFiring = names.size;
  return t;
}

/**
 * One export through `procs`: Analyze for every resource (`concurrency` resources in flight; for
 * each resource the analyzers in turn, as the engine loops over its analyzers), then AnalyzeStack
 * to each analyzer. Returns the wall time and the raw responses.
 */
async function exportThrough(procs: PolicyPackProcess[], w: Workload, concurrency: number): Promise<{ ms: number; responses: Buffer[] }> {
  const responses: Buffer[] = [];
  const t = now();
  await pool(w.analyze.length, concurrency, async (i) => {
    for (const p of procs) responses.push(await rawCall(p, "Analyze", w.analyze[i]));
  });
  for (const p of procs) responses.push(await rawCall(p, "AnalyzeStack", w.stack));
  return { ms: ms(t), responses };
}

async function timeStack(proc: PolicyPackProcess, w: Workload): Promise<number> {
  const t = now();
  await rawCall(proc, "AnalyzeStack", w.stack);
  return ms(t);
}

/** Median of `runs` require timings of what a pack loads beyond the SDK (see load-profile.ts). */
function loadProfile(pack: Pack, runs: number) {
  const script = path.join(__dirname, "load-profile.js");
  const samples: { sdkMs: number; packMs: number; packages: Record<string, number> }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [script, pack.dir, ...(pack.profileEntry ? [pack.profileEntry] : [])], {
      cwd: pack.dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    samples.push(JSON.parse(out.trim().split("\n").pop()!));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { sdkMs: med(samples.map((s) => s.sdkMs)), packMs: med(samples.map((s) => s.packMs)), packages: samples[0].packages };
}

// ------------------------------------------------------------------ main

/** `--render`: re-renders report.md (and the verdicts) from an existing report.json with the current findings. */
function rerender(out: string) {
  const input = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8")) as BenchInput;
  const report = summarize({ ...input, analysis: ANALYSIS });
  fs.writeFileSync(path.join(out, "report.json"), JSON.stringify(report, null, 2) + "\n");
  fs.writeFileSync(path.join(out, "report.md"), renderMarkdown(report));
}

async function main() {
  if (process.argv[2] === "--render") return rerender(process.argv[3] ? path.resolve(process.argv[3]) : OUT_DEFAULT);
  const args = parseArgs(process.argv.slice(2));
  if (args.only === "real-cli") return onlyRealCli(args);
  if (args.only === "memory") return onlyMemory(args);
  const t0 = now();
  const loadBefore = os.loadavg();
  fs.mkdirSync(args.out, { recursive: true });
  const awsguard = ensureAwsguard();
  const bare: Pack = { key: "bare", dir: stage("bare", BARE_DIR, ["index.js", "package.json", "PulumiPolicy.yaml"]) };
  const packs = RAMPART_PACKS.map(rampartPack);
  const combined = combinedPack();

  log("generating workloads");
  const small = Math.max(10, Math.round(args.size / 5));
  const large = args.size * 2;
  const res = { export: generateWorkload(args.size, 42), small: generateWorkload(small, 1001), large: generateWorkload(large, 10001) };
  const shared = (rs: EngineResource[]) => rs.filter((r) => AWSGUARD_TYPES.includes(r.type));
  const W = {
    export: serialize(`${args.size}-resource export`, res.export),
    small: serialize(`${small}-resource stack`, res.small),
    large: serialize(`${large}-resource stack`, res.large),
    sharedExport: serialize("shared export", shared(res.export)),
    sharedSmall: serialize("shared small stack", shared(res.small)),
    sharedLarge: serialize("shared large stack", shared(res.large)),
  };

  const samples: Samples = {};
  const push = (k: string, v: number) => (samples[k] ??= []).push(v);
  const tallies: Record<string, Tally> = {};
  const policies: Record<string, number> = {};

  type Job = { name: string; run: (first: boolean) => Promise<void> };
  const single = (pack: Pack, w: Workload, small: Workload, large: Workload, tag: string): Job => ({
    name: `${pack.key}${tag}`,
    run: async (first) => {
      const s = await start(pack);
      try {
        policies[pack.key] = s.info.policies.length;
        const e = await exportThrough([s.proc], w, args.concurrency);
        push(`export:${pack.key}${tag}`, e.ms);
        if (first) tallies[`${pack.key}${tag}`] = tally(e.responses, w.count);
        push(`stackSmall:${pack.key}${tag}`, await timeStack(s.proc, small));
        push(`stackLarge:${pack.key}${tag}`, await timeStack(s.proc, large));
      } finally {
        await s.proc.stop();
      }
    },
  });
  const allThree: Job = {
    name: "all-three",
    run: async (first) => {
      const started = await Promise.all(packs.map(start));
      try {
        const e = await exportThrough(
          started.map((s) => s.proc),
          W.export,
          args.concurrency,
        );
        push("export:all-three", e.ms);
        if (first) tallies["all-three"] = tally(e.responses, W.export.count);
      } finally {
        await Promise.all(started.map((s) => s.proc.stop()));
      }
    },
  };
  const jobs: Job[] = [
    single(bare, W.export, W.small, W.large, ""),
    ...packs.map((p) => single(p, W.export, W.small, W.large, "")),
    single(combined, W.export, W.small, W.large, ""),
    allThree,
    single(awsguard, W.sharedExport, W.sharedSmall, W.sharedLarge, "@shared"),
    single(packs[0], W.sharedExport, W.sharedSmall, W.sharedLarge, "@shared"),
    single(bare, W.sharedExport, W.sharedSmall, W.sharedLarge, "@shared"),
  ];

  // Cold starts in tight rounds (every pack once per round, rotating order) so that each pack's
  // sample sits next to the bare pack's of the same round: ratios are taken per round.
  const coldPacks = [bare, ...packs, combined, awsguard];
  for (let round = 0; round < args.runs; round++) {
    for (let i = 0; i < coldPacks.length; i++) {
      const pack = coldPacks[(i + round) % coldPacks.length];
      const t = now();
      const proc = await PolicyPackProcess.start(pack.dir, { timeoutMs: 120_000 });
      try {
        const info = await proc.getAnalyzerInfo();
        push(`cold:${pack.key}`, ms(t));
        policies[pack.key] = info.policies.length;
      } finally {
        await proc.stop();
      }
    }
    log(`cold start round ${round + 1}/${args.runs}`);
  }

  for (let run = 0; run < args.runs; run++) {
    // Rotate the order each run so a busy moment on the machine does not always hit the same pack.
    const order = jobs.map((_, i) => jobs[(i + run) % jobs.length]);
    for (const job of order) {
      const t = now();
      await job.run(run === 0);
      log(`run ${run + 1}/${args.runs} ${job.name} ${(ms(t) / 1000).toFixed(1)} s`);
    }
  }

  log("profiling what each pack loads at start");
  const profiles: BenchReport["loadProfiles"] = {};
  for (const p of [bare, ...packs, awsguard]) profiles[p.key] = loadProfile(p, 3);

  const versions = (() => {
    const req = createRequire(path.join(ROOT, "package.json"));
    const v = (p: string, from = req) => JSON.parse(fs.readFileSync(from.resolve(`${p}/package.json`), "utf8")).version.replace(/^v/, "");
    const peer = createRequire(path.join(awsguard.dir, "index.js"));
    return {
      node: process.version,
      "@pulumi/policy": v("@pulumi/policy"),
      "@pulumi/pulumi": v("@pulumi/pulumi"),
      "awsguard: @pulumi/awsguard": v("@pulumi/awsguard", peer),
      "awsguard: @pulumi/policy": v("@pulumi/policy", peer),
      "awsguard: @pulumi/pulumi": v("@pulumi/pulumi", peer),
      "awsguard: @pulumi/aws": v("@pulumi/aws", createRequire(peer.resolve("@pulumi/awsguard"))),
    };
  })();

  const realCliResult = await realCli(args, packs, "full");
  const memoryResult = await memorySection(args, packs, "full");

  const report = summarize({
    realCli: realCliResult,
    memory: memoryResult,
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAvgBefore: loadBefore,
      loadAvgAfter: os.loadavg(),
    },
    versions,
    settings: { runs: args.runs, concurrency: args.concurrency, exportSize: args.size, smallStack: small, largeStack: large },
    workload: {
      export: mixOf(res.export),
      sharedTypes: [...AWSGUARD_TYPES],
      sharedCounts: { export: W.sharedExport.count, small: W.sharedSmall.count, large: W.sharedLarge.count },
    },
    policies,
    tallies,
    samples,
    loadProfiles: profiles,
    durationS: ms(t0) / 1000,
    analysis: ANALYSIS,
  });
  fs.writeFileSync(path.join(args.out, "report.json"), JSON.stringify(report, null, 2) + "\n");
  fs.writeFileSync(path.join(args.out, "report.md"), renderMarkdown(report));
  log(`wrote ${path.relative(ROOT, path.join(args.out, "report.md"))} and report.json in ${(ms(t0) / 1000).toFixed(0)} s`);
  for (const t of report.targets) log(`${t.met ? "MET   " : "MISSED"} ${t.name}: ${t.value.toFixed(2)} (target ${t.target})`);
}

main().catch((e) => {
  process.stderr.write(`[bench] failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
