/**
 * The bench's "Real Pulumi CLI" section: rampart against the Pulumi CLI itself (built from the Go
 * module proxy by @rampart/pulumi-cli, or `pulumi` on PATH), each end to end as a child process
 * (process start to exit, each tool starting the packs itself), runs interleaved in a rotating order:
 *
 *  1. `rampart check <export> --pack ×3 --config <file>` vs
 *     `pulumi policy analyze --file <export> --policy-pack ×3 --policy-pack-config ×3` on the
 *     N-resource workload written as a stack export (stack-export.ts), one config file for both;
 *     the first run's violation sets are compared (pack, policy, URN, enforcement level).
 *  2. `pulumi preview` of a generated M-resource TypeScript program (program.ts) with the three
 *     packs vs without packs, offline (@rampart/offline-provider's previewOffline).
 *
 * Both also run with three bare packs (one trivial policy each, see tools/bench/bare-pack), which
 * splits each tool's time into what any three packs cost (tool, pack processes, RPCs) and what
 * rampart's policies add.
 */
import type { PolicyPackConfigFile } from "@rampart/policy-testing";
import { previewOffline } from "@rampart/offline-provider";
import { pulumiVersion } from "@rampart/pulumi-cli";
import { keys, PulumiCli, runRampart, RunResult, violationsOfAnalyzeJson, violationsOfRampartJson } from "@rampart/pulumi-cli/dist/run";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeProgram } from "./program";
import { toStackExport } from "./stack-export";
import { generateWorkload } from "./workload";

/** What the section needs from the bench. */
export interface RealCliOptions {
  /** The Pulumi CLI binary. */
  cli: string;
  /** Interleaved runs of every measure (≥ 1). */
  runs: number;
  /** Resources of the stack export (the bench's export size, default 5,000). */
  exportSize: number;
  /** Resources of the generated TypeScript program (default 1,000). */
  programSize: number;
  /** rampart's three pack folders (as published: dist/, package.json, PulumiPolicy.yaml). */
  packs: string[];
  /** Three bare pack folders with distinct pack names. */
  barePacks: string[];
  /** The one `--policy-pack-config` / `--config` file content both tools get for rampart's packs. */
  config: PolicyPackConfigFile;
  /** Folder for the generated export, config and program (git-ignored, e.g. bench/.peers/real-cli). */
  workDir: string;
  /** Repository root (paths in the report are relative to it). */
  root: string;
  log: (m: string) => void;
}

/** One measure's samples (ms, one per run) and median. */
export interface Timed {
  samples: number[];
  medianMs: number;
}

/** The section's results (report.json `realCli`). All times are milliseconds of wall clock. */
export interface RealCliResult {
  generatedAt: string;
  /** "full" when measured by a full bench run, "only" when refreshed by `--only real-cli`. */
  mode: "full" | "only";
  cli: { path: string; version: string };
  runs: number;
  machine: { cpus: number; loadAvgBefore: number[]; loadAvgAfter: number[] };
  durationS: number;
  analyze: {
    exportSize: number;
    exportFile: string;
    configFile: string;
    exportBytes: number;
    /** First run: do both tools report the same (pack, policy, URN, level) multiset? */
    agree: boolean;
    violations: { pulumi: number; rampart: number; onlyPulumi: string[]; onlyRampart: string[] };
    exitCodes: { pulumi: number; rampart: number };
    rampart: Timed;
    pulumi: Timed;
    rampartBare: Timed;
    pulumiBare: Timed;
    /** Median of per-run rampart / pulumi. */
    ratio: number;
    /** Median of per-run ratios with three bare packs. */
    bareRatio: number;
  };
  preview: {
    programSize: number;
    programDir: string;
    /** Resources the engine registered in each preview (resourcePreEvent count of the first run). */
    resourcesRegistered: number;
    policyEvents: number;
    withPacks: Timed;
    withoutPacks: Timed;
    withBarePacks: Timed;
    /** Median of per-run with / without. */
    ratio: number;
    /** Median of per-run with three bare packs / without. */
    bareRatio: number;
  };
}

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const timed = (samples: number[]): Timed => ({ samples, medianMs: med(samples) });
const pairedRatio = (a: number[], b: number[]) => med(a.map((x, i) => x / b[i]));
const TIMEOUT_MS = 600_000;

/** Runs `f` and returns its result with the wall time in ms. */
async function clock<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await f();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

function mustFinish(what: string, r: RunResult, okCodes: number[]): RunResult {
  if (!okCodes.includes(r.code)) throw new Error(`${what} exited ${r.code}: ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  return r;
}

/** Multiset difference a − b of sorted key lists. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  return a.filter((k) => {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

/**
 * Measures the section (see the module comment). Throws when a tool fails to run (not on a
 * mandatory violation's exit status, which both tools are expected to report on this workload).
 */
export async function measureRealCli(o: RealCliOptions, mode: RealCliResult["mode"]): Promise<RealCliResult> {
  const t0 = process.hrtime.bigint();
  const loadAvgBefore = os.loadavg();
  fs.mkdirSync(o.workDir, { recursive: true });
  const rel = (p: string) => path.relative(o.root, p);

  const exportFile = path.join(o.workDir, `export-${o.exportSize}.json`);
  fs.writeFileSync(exportFile, JSON.stringify(toStackExport(generateWorkload(o.exportSize, 42)), null, 2) + "\n");
  const configFile = path.join(o.workDir, "policy-config.json");
  fs.writeFileSync(configFile, JSON.stringify(o.config, null, 2) + "\n");
  const programDir = writeProgram(path.join(o.workDir, "program"), o.programSize);

  const pulumi = new PulumiCli(o.cli);
  const version = pulumiVersion(o.cli);
  const packArgs = (dirs: string[]) => dirs.flatMap((d) => ["--policy-pack", d]);
  const analyze = (dirs: string[], config?: string) =>
    pulumi.run(["policy", "analyze", "--file", exportFile, ...packArgs(dirs), ...(config ? dirs.flatMap(() => ["--policy-pack-config", config]) : []), "--json"], { timeoutMs: TIMEOUT_MS });
  const check = (dirs: string[], config?: string) =>
    runRampart(["check", exportFile, ...dirs.flatMap((d) => ["--pack", d]), ...(config ? ["--config", config] : []), "--format", "json", "--fail-on", "never"], { timeoutMs: TIMEOUT_MS });

  const S: Record<string, number[]> = {};
  const push = (k: string, v: number) => (S[k] ??= []).push(v);
  const firstRuns: Partial<{ pulumi: RunResult; rampart: RunResult }> = {};
  const preview = { resourcesRegistered: 0, policyEvents: 0 };

  type Job = { name: string; run: (firstRun: boolean) => Promise<void> };
  const jobs: Job[] = [
    {
      name: "rampart check",
      run: async (f) => {
        const r = await clock(() => check(o.packs, configFile));
        mustFinish("rampart check", r.value, [0]);
        push("analyze:rampart", r.ms);
        if (f) firstRuns.rampart = r.value;
      },
    },
    {
      name: "pulumi policy analyze",
      run: async (f) => {
        const r = await clock(() => analyze(o.packs, configFile));
        // Non-zero on a mandatory violation; a run that reported nothing failed for another reason.
        if (r.value.code !== 0 && violationsOfAnalyzeJson(r.value.stdout).length === 0) mustFinish("pulumi policy analyze", r.value, [0]);
        push("analyze:pulumi", r.ms);
        if (f) firstRuns.pulumi = r.value;
      },
    },
    {
      name: "rampart check, bare ×3",
      run: async () => {
        const r = await clock(() => check(o.barePacks));
        mustFinish("rampart check (bare)", r.value, [0]);
        push("analyze:rampartBare", r.ms);
      },
    },
    {
      name: "pulumi policy analyze, bare ×3",
      run: async () => {
        const r = await clock(() => analyze(o.barePacks));
        mustFinish("pulumi policy analyze (bare)", r.value, [0]);
        push("analyze:pulumiBare", r.ms);
      },
    },
  ];
  const previewJob = (name: string, key: string, packs: string[], configs: boolean): Job => ({
    name,
    run: async (f) => {
      const r = await previewOffline({
        programDir,
        cli: o.cli,
        stack: "dev",
        policyPacks: packs,
        policyPackConfigs: configs ? packs.map(() => configFile) : undefined,
        providerLookup: "plugin-cache",
        timeoutMs: TIMEOUT_MS,
      });
      const registered = r.events.filter((e) => e.resourcePreEvent).length;
      const summary = r.events.find((e) => e.summaryEvent)?.summaryEvent;
      if (r.preview.timedOut || !summary || registered !== o.programSize) {
        throw new Error(`pulumi preview (${name}) did not complete: exit ${r.preview.code}, ${registered} of ${o.programSize} resources registered: ${(r.preview.stderr || r.preview.stdout).slice(-2000)}`);
      }
      if (!packs.length && r.preview.code !== 0) throw new Error(`pulumi preview without packs exited ${r.preview.code}: ${r.preview.stdout.slice(-2000)}`);
      if (configs && r.policyEvents.length === 0) throw new Error("pulumi preview with rampart's packs reported no policy events");
      push(key, r.preview.durationMs);
      if (f && configs) {
        preview.resourcesRegistered = registered;
        preview.policyEvents = r.policyEvents.length;
      }
    },
  });
  jobs.push(previewJob("pulumi preview, no packs", "preview:without", [], false), previewJob("pulumi preview, rampart's three packs", "preview:with", o.packs, true), previewJob("pulumi preview, bare ×3", "preview:bare", o.barePacks, false));

  try {
    for (let run = 0; run < o.runs; run++) {
      const order = jobs.map((_, i) => jobs[(i + run) % jobs.length]);
      for (const job of order) {
        const t = process.hrtime.bigint();
        await job.run(run === 0);
        o.log(`real CLI run ${run + 1}/${o.runs} ${job.name} ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s (load ${os.loadavg()[0].toFixed(1)})`);
      }
    }
  } finally {
    pulumi.dispose();
  }

  const first = firstRuns as { pulumi: RunResult; rampart: RunResult };
  const engineKeys = keys(violationsOfAnalyzeJson(first.pulumi.stdout));
  const ourKeys = keys(violationsOfRampartJson(first.rampart.stdout));
  const onlyPulumi = minus(engineKeys, ourKeys);
  const onlyRampart = minus(ourKeys, engineKeys);
  return {
    generatedAt: new Date().toISOString(),
    mode,
    cli: { path: rel(o.cli).startsWith("..") ? o.cli : rel(o.cli), version },
    runs: o.runs,
    machine: { cpus: os.cpus().length, loadAvgBefore, loadAvgAfter: os.loadavg() },
    durationS: Number(process.hrtime.bigint() - t0) / 1e9,
    analyze: {
      exportSize: o.exportSize,
      exportFile: rel(exportFile),
      configFile: rel(configFile),
      exportBytes: fs.statSync(exportFile).size,
      agree: onlyPulumi.length === 0 && onlyRampart.length === 0 && engineKeys.length > 0,
      violations: { pulumi: engineKeys.length, rampart: ourKeys.length, onlyPulumi: onlyPulumi.slice(0, 10), onlyRampart: onlyRampart.slice(0, 10) },
      exitCodes: { pulumi: first.pulumi.code, rampart: first.rampart.code },
      rampart: timed(S["analyze:rampart"]),
      pulumi: timed(S["analyze:pulumi"]),
      rampartBare: timed(S["analyze:rampartBare"]),
      pulumiBare: timed(S["analyze:pulumiBare"]),
      ratio: pairedRatio(S["analyze:rampart"], S["analyze:pulumi"]),
      bareRatio: pairedRatio(S["analyze:rampartBare"], S["analyze:pulumiBare"]),
    },
    preview: {
      programSize: o.programSize,
      programDir: rel(programDir),
      ...preview,
      withPacks: timed(S["preview:with"]),
      withoutPacks: timed(S["preview:without"]),
      withBarePacks: timed(S["preview:bare"]),
      ratio: pairedRatio(S["preview:with"], S["preview:without"]),
      bareRatio: pairedRatio(S["preview:bare"], S["preview:without"]),
    },
  };
}
