/**
 * Turns the bench's raw samples into medians, ratios and target verdicts, and renders
 * `bench/report.md`. Sample keys are `<measure>:<pack>[@shared]` with measure one of `cold`,
 * `export`, `stackSmall`, `stackLarge`; all times are milliseconds of wall clock. Section 6 (memory) keeps its own runs.
 */

import type { RealCliResult } from "./real-cli";
import type { TreeMemory } from "./memory";

/** Section 6: `rampart check` of generated stack exports of growing size, with its memory. */
export interface MemoryResult {
  generatedAt: string;
  mode: "full" | "only";
  machine: { cpus: number; loadAvgBefore: number[]; loadAvgAfter: number[] };
  /** One run per size, smallest first. */
  runs: ({ resources: number; exportFile: string; exportBytes: number } & TreeMemory)[];
}

/** Raw timings: sample key → one value per run (ms). */
export type Samples = Record<string, number[]>;

/** What the bench measured, before summarizing. */
export interface BenchInput {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; loadAvgBefore: number[]; loadAvgAfter: number[] };
  versions: Record<string, string>;
  settings: { runs: number; concurrency: number; exportSize: number; smallStack: number; largeStack: number };
  workload: {
    export: { byCloud: Record<string, number>; byType: Record<string, number> };
    sharedTypes: string[];
    sharedCounts: { export: number; small: number; large: number };
  };
  /** Pack key → number of policies it reported in GetAnalyzerInfo. */
  policies: Record<string, number>;
  /** Diagnostics of the first run's export, per job (a check that policies really ran). */
  tallies: Record<string, { resources: number; diagnostics: number; mandatory: number; advisory: number; policiesFiring: number }>;
  samples: Samples;
  /** Median require timings: the SDK, then what the pack's own module adds (no server start). */
  loadProfiles: Record<string, { sdkMs: number; packMs: number; packages: Record<string, number> }>;
  durationS: number;
  /** Section 5, the real Pulumi CLI (absent in reports made before it existed). */
  realCli?: RealCliResult;
  /** Section 6, memory of rampart check (absent in reports made before it existed). */
  memory?: MemoryResult;
  /** Findings per target key (`coldStart`, `export`, `stackLinear`, `awsguard`, `realCli`, `memory`): the why. */
  analysis: Record<string, string>;
}

/** One target and its verdict. */
export interface Target {
  key: "coldStart" | "export" | "stackLinear" | "awsguard" | "realCli" | "memory";
  name: string;
  /** Human-readable target, e.g. "≤ 1.15". */
  target: string;
  limit: number;
  value: number;
  met: boolean;
  /** By how much it is missed (or the margin), in words. */
  detail: string;
}

/** The summarized report (report.json). */
export interface BenchReport extends BenchInput {
  medians: Record<string, number>;
  coldStart: Record<string, { medianMs: number; ratioToBare: number }>;
  export: Record<string, { medianMs: number; ratioToBare: number }>;
  stackScaling: Record<string, { smallMs: number; largeMs: number; ratio: number }>;
  awsguard: Record<
    "coldStart" | "export" | "stackSmall" | "stackLarge" | "endToEnd",
    { awsSecurityMs: number; awsguardMs: number; bareMs: number; ratio: number }
  >;
  targets: Target[];
}

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const PACKS = ["aws-security", "cost-optimization", "data-location"];

function verdict(key: Target["key"], name: string, value: number, limit: number, strict = false): Target {
  const met = strict ? value < limit : value <= limit;
  const pct = ((value / limit - 1) * 100).toFixed(0);
  const detail = met
    ? `met with ${(((limit - value) / limit) * 100).toFixed(0)} % margin`
    : `missed by ${(value - limit).toFixed(2)} (${pct} % over the limit)`;
  return { key, name, target: `${strict ? "<" : "≤"} ${limit}`, limit, value, met, detail };
}

/** Computes medians, ratios and target verdicts from the raw samples. */
export function summarize(input: BenchInput): BenchReport {
  const medians: Record<string, number> = {};
  for (const [k, v] of Object.entries(input.samples)) medians[k] = median(v);
  const m = (k: string) => medians[k] ?? NaN;

  const S = (k: string) => input.samples[k] ?? [];
  /** Median of the per-run ratios a[i] / b[i]: both samples come from the same run (round). */
  const paired = (a: string, b: string) =>
    median(
      S(a)
        .map((x, i) => x / S(b)[i])
        .filter(Number.isFinite),
    );
  const coldStart: BenchReport["coldStart"] = {};
  for (const p of ["bare", ...PACKS, "combined", "awsguard"]) {
    if (S(`cold:${p}`).length) coldStart[p] = { medianMs: m(`cold:${p}`), ratioToBare: paired(`cold:${p}`, "cold:bare") };
  }
  const exp: BenchReport["export"] = {};
  for (const p of ["bare", ...PACKS, "all-three", "combined"]) {
    if (S(`export:${p}`).length) exp[p] = { medianMs: m(`export:${p}`), ratioToBare: paired(`export:${p}`, "export:bare") };
  }
  const stackScaling: BenchReport["stackScaling"] = {};
  for (const p of ["bare", ...PACKS, "combined"]) {
    if (S(`stackSmall:${p}`).length)
      stackScaling[p] = { smallMs: m(`stackSmall:${p}`), largeMs: m(`stackLarge:${p}`), ratio: paired(`stackLarge:${p}`, `stackSmall:${p}`) };
  }
  const ag = (measure: string, suffix = "@shared") => {
    const a = `${measure}:aws-security${suffix}`;
    const g = `${measure}:awsguard${suffix}`;
    return { awsSecurityMs: m(a), awsguardMs: m(g), bareMs: m(`${measure}:bare${suffix}`), ratio: paired(a, g) };
  };
  const e2eSamples = (p: string) => S(`export:${p}@shared`).map((x, i) => x + (S(`cold:${p}`)[i] ?? NaN));
  const ga = e2eSamples("aws-security");
  const gg = e2eSamples("awsguard");
  const e2e = {
    awsSecurityMs: median(ga),
    awsguardMs: median(gg),
    bareMs: median(e2eSamples("bare")),
    ratio: median(ga.map((x, i) => x / gg[i]).filter(Number.isFinite)),
  };
  const awsguard: BenchReport["awsguard"] = {
    coldStart: ag("cold", ""),
    export: ag("export"),
    stackSmall: ag("stackSmall"),
    stackLarge: ag("stackLarge"),
    endToEnd: e2e,
  };

  const targets: Target[] = [
    ...PACKS.map((p) => verdict("coldStart", `cold start ${p} / bare`, coldStart[p].ratioToBare, 1.15)),
    verdict("export", `${input.settings.exportSize}-resource export through all three / bare`, exp["all-three"].ratioToBare, 2),
    // Issue #18: per resource, each pack costs at most 15 % more than the bare pack.
    ...PACKS.map((p) => verdict("export", `${input.settings.exportSize}-resource export through ${p} / bare (per resource)`, exp[p].ratioToBare, 1.15)),
    ...PACKS.map((p) =>
      verdict("stackLinear", `stack policies ${p}: ${input.settings.largeStack} / ${input.settings.smallStack} resources`, stackScaling[p].ratio, 11),
    ),
    verdict("awsguard", "shared workload end to end (cold start + export), aws-security / awsguard", e2e.ratio, 1, true),
    // Issue #18: AnalyzeStack of the shared types no slower than awsguard's.
    verdict("awsguard", `AnalyzeStack of ${input.workload.sharedCounts.small} shared-type resources, aws-security / awsguard`, awsguard.stackSmall.ratio, 1),
    verdict("awsguard", `AnalyzeStack of ${input.workload.sharedCounts.large} shared-type resources, aws-security / awsguard`, awsguard.stackLarge.ratio, 1),
  ];
  const rc = input.realCli;
  // Issue #18's goal for rampart check against the CLI's own offline analysis.
  if (rc)
    targets.push(
      verdict("realCli", `${rc.analyze.exportSize}-resource stack export end to end, rampart check / pulumi policy analyze --file`, rc.analyze.ratio, 0.5),
    );
  const mem = input.memory;
  if (mem && mem.runs.length) {
    // Issue #18: the largest export checked with all packs in under 3 GB at once, in linear time.
    const ok = mem.runs.filter((x) => x.exitCode === 0);
    const big = mem.runs[mem.runs.length - 1];
    const small = ok[0] ?? big;
    targets.push(
      verdict(
        "memory",
        `rampart check of a ${big.resources}-resource export with all three packs: peak total memory GiB (CLI + packs)${big.exitCode === 0 ? "" : ` (the check failed, exit ${big.exitCode})`}`,
        big.exitCode === 0 ? big.peakTotalMiB / 1024 : Infinity,
        3,
        true,
      ),
    );
    if (big !== small && big.exitCode === 0) {
      const n = big.resources / small.resources;
      targets.push(
        verdict("memory", `rampart check time, ${big.resources} / ${small.resources} resources (linear: ${n})`, big.wallS / small.wallS, +(n * 1.1).toFixed(2)),
      );
    }
  }
  return { ...input, medians, coldStart, export: exp, stackScaling, awsguard, targets };
}

const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "n/a");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

/** Renders report.md from a summarized report. */
export function renderMarkdown(r: BenchReport): string {
  const s = r.settings;
  const L: string[] = [];
  const samplesOf = (k: string) => (r.samples[k] ?? []).map(f0).join(", ");
  L.push("# rampart policy pack benchmark", "");
  L.push(
    `Generated by \`npm run bench\` (tools/bench) on ${r.generatedAt}. Every number is the median of ${s.runs} runs in this one process run on the same machine; ` +
      "each ratio is the median of the per-run ratios (both timings from the same run), so a busy moment on the machine affects both sides. Raw samples and more detail are in `report.json`.",
    "",
  );
  L.push("## Targets", "");
  L.push(row(["", "measurement", "value", "target", "verdict"]), row(["---", "---", "---:", "---:", "---"]));
  for (const t of r.targets) L.push(row([t.met ? "✅" : "❌", t.name, f2(t.value), t.target, t.detail]));
  if (r.realCli) {
    const p = r.realCli.preview;
    L.push(
      row([
        "ℹ️",
        `pulumi preview of a ${p.programSize}-resource TypeScript program, with rampart's three packs / without`,
        f2(p.ratio),
        "none",
        "no target set (issue #11 asks only for the ratio)",
      ]),
    );
  }
  L.push("");

  L.push("## 1. Cold start", "");
  L.push(
    "Spawn as the Pulumi CLI does (`node <@pulumi/pulumi>/cmd/run-policy-pack <engine> <pack dir>`, working directory the pack) until GetAnalyzerInfo answers. " +
      "The bare pack (tools/bench/bare-pack) is one trivial policy on the same @pulumi/policy and @pulumi/pulumi. Measured in rounds (every pack once per round, rotating order); `combined` is the three packs' policies in one pack.",
    "",
  );
  L.push(row(["pack", "policies", "median ms", "ratio to bare", "samples ms"]), row(["---", "---:", "---:", "---:", "---"]));
  for (const [p, v] of Object.entries(r.coldStart)) {
    L.push(row([p === "awsguard" ? "awsguard 0.3.1" : p, r.policies[p] ?? "", f0(v.medianMs), f2(v.ratioToBare), samplesOf(`cold:${p}`)]));
  }
  L.push("", "What each pack loads beyond the SDK (median of 3 `require` timings in a fresh node, no server start):", "");
  L.push(
    row(["pack", "require @pulumi/policy ms", "then the pack's module ms", "files added by the pack's module, by package"]),
    row(["---", "---:", "---:", "---"]),
  );
  for (const [p, v] of Object.entries(r.loadProfiles)) {
    const pk = Object.entries(v.packages)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([n, c]) => `${n} ${c}`)
      .join(", ");
    L.push(row([p, f0(v.sdkMs), f0(v.packMs), pk || "none"]));
  }
  L.push("");

  L.push(`## 2. ${s.exportSize}-resource export`, "");
  L.push(
    `Analyze for every resource (inputs, with its provider), ${s.concurrency} resources in flight, then one AnalyzeStack (outputs), on a freshly started and configured pack; ` +
      "through all three: every resource goes to the three analyzers in turn, as the engine loops over its analyzers, then AnalyzeStack to each. `combined` serves the same policies from one process (one pack with all three packs' policies).",
    "",
  );
  L.push(row(["through", "median ms", "ratio to bare", "per resource ms", "samples ms"]), row(["---", "---:", "---:", "---:", "---"]));
  for (const [p, v] of Object.entries(r.export)) L.push(row([p, f0(v.medianMs), f2(v.ratioToBare), f2(v.medianMs / s.exportSize), samplesOf(`export:${p}`)]));
  L.push("", "Diagnostics in the first run (a check that the policies ran):", "");
  L.push(row(["job", "resources", "diagnostics", "mandatory", "advisory", "policies firing"]), row(["---", "---:", "---:", "---:", "---:", "---:"]));
  for (const [j, t] of Object.entries(r.tallies)) L.push(row([j, t.resources, t.diagnostics, t.mandatory, t.advisory, t.policiesFiring]));
  L.push("");

  L.push("## 3. Stack policies at scale", "");
  L.push(
    `AnalyzeStack alone (the pack's stack policies over every resource's outputs) on a warm pack, at ${s.smallStack} and ${s.largeStack} resources of the same mix.`,
    "",
  );
  L.push(row(["pack", `${s.smallStack} ms`, `${s.largeStack} ms`, "ratio"]), row(["---", "---:", "---:", "---:"]));
  for (const [p, v] of Object.entries(r.stackScaling)) L.push(row([p, f0(v.smallMs), f0(v.largeMs), f2(v.ratio)]));
  L.push("");

  L.push("## 4. Against @pulumi/awsguard 0.3.1", "");
  L.push(
    `The same workloads restricted to the AWS types awsguard understands (${r.workload.sharedTypes.map((t) => `\`${t}\``).join(", ")}): ` +
      `${r.workload.sharedCounts.export} of the export's resources, ${r.workload.sharedCounts.small} and ${r.workload.sharedCounts.large} for the stack sizes. ` +
      "Ratio below 1: rampart's aws-security is faster.",
    "",
  );
  L.push(row(["measurement", "aws-security ms", "awsguard ms", "bare ms", "aws-security / awsguard"]), row(["---", "---:", "---:", "---:", "---:"]));
  const names: Record<string, string> = {
    coldStart: "cold start",
    export: "export (Analyze each + AnalyzeStack)",
    stackSmall: `AnalyzeStack, ${r.workload.sharedCounts.small} resources`,
    stackLarge: `AnalyzeStack, ${r.workload.sharedCounts.large} resources`,
    endToEnd: "end to end (cold start + export)",
  };
  for (const [k, v] of Object.entries(r.awsguard)) L.push(row([names[k], f0(v.awsSecurityMs), f0(v.awsguardMs), f0(v.bareMs), f2(v.ratio)]));
  L.push("");

  if (r.realCli) L.push(...renderRealCli(r, r.realCli));
  if (r.memory) L.push(...renderMemory(r, r.memory));

  L.push("## Why (findings)", "");
  const headings = {
    coldStart: "1. Cold start",
    export: "2. Export through the packs",
    stackLinear: "3. Stack policies at scale",
    awsguard: "4. Against awsguard",
    realCli: "5. Real Pulumi CLI",
    memory: "6. Memory of rampart check",
  };
  for (const key of [
    "coldStart",
    "export",
    "stackLinear",
    "awsguard",
    ...(r.realCli ? (["realCli"] as const) : []),
    ...(r.memory ? (["memory"] as const) : []),
  ] as const) {
    const ts = r.targets.filter((t) => t.key === key);
    const missed = ts.filter((t) => !t.met);
    const head = missed.length ? `**${missed.map((t) => `${t.name}: ${t.detail}`).join("; ")}.**` : "Met.";
    L.push(`### ${headings[key]}`, "", head, "", r.analysis[key] ?? "", "");
  }

  L.push("## Method and machine", "");
  const mix = r.workload.export;
  L.push(
    `- Workload: seeded generator (tools/bench/src/workload.ts), ${s.exportSize} resources: AWS ${mix.byCloud.aws}, Azure ${mix.byCloud.azure}, GCP ${mix.byCloud.gcp}, ` +
      `stack/providers/components ${mix.byCloud.pulumi}; ${Object.keys(mix.byType).length} type tokens; companions linked by property values, dependencies and propertyDependencies; ` +
      'both S3 shapes (inline settings and companion resources). Configuration as a team would set it: data-location with `allowedJurisdictions: ["EU"]`, everything else defaults.',
    `- Requests are serialized once and the same bytes go to every pack on its own gRPC channel, so the bench's own protobuf work stays out of the timings (the real engine is Go).`,
    `- Every pack runs as published: dist/, package.json and PulumiPolicy.yaml copied to \`bench/.peers/packs/<pack>\` (no tsconfig.json, so the CLI's ts-node registration skips project options as it does for an installed pack), all on one copy of @pulumi/policy and @pulumi/pulumi.`,
    `- Each run starts every pack afresh; runs interleave the packs in a rotating order. Timings: process.hrtime.bigint.`,
    `- Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB; load average before ${r.machine.loadAvgBefore.map(f2).join(" / ")}, after ${r.machine.loadAvgAfter.map(f2).join(" / ")}` +
      (Math.max(...r.machine.loadAvgBefore, ...r.machine.loadAvgAfter) > r.machine.cpus * 0.5
        ? ` - **the machine was busy with other work during this run, so absolute numbers are noisy; compare the ratios, which come from the same run.**`
        : "."),
    `- Versions: ${Object.entries(r.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}.`,
    `- awsguard is installed by the bench on first run into \`bench/.peers\` (git-ignored, outside the workspace lockfile) with its own copies of @pulumi/policy and @pulumi/pulumi pinned to the workspace's exact versions, so both sides run the same SDK; it brings @pulumi/aws 4 and aws-sdk 2 as its own dependencies. It runs with every policy advisory. Its policies that call AWS APIs (ACM certificates, IAM access keys and login profiles) get no resources of those types.`,
    `- The bench took ${f0(r.durationS)} s.`,
    "",
  );
  return L.join("\n");
}

const s1 = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : "n/a");
const secs = (xs: readonly number[]) => xs.map(s1).join(", ");
/** Per-run differences a[i] − b[i] in seconds and their median, e.g. "3.1, -0.4, 2.0 s (median 2.0 s)". */
const diffs = (a: readonly number[], b: readonly number[]) => {
  const d = a.map((x, i) => x - b[i]);
  return `${secs(d)} s (median ${s1(median(d))} s)`;
};

/** Section 5 of report.md: the real Pulumi CLI (see real-cli.ts). */
function renderRealCli(r: BenchReport, rc: RealCliResult): string[] {
  const a = rc.analyze;
  const p = rc.preview;
  const L: string[] = ["## 5. Real Pulumi CLI", ""];
  const load = (xs: number[]) => xs.map(f2).join(" / ");
  L.push(
    `The Pulumi CLI itself (${rc.cli.version}, \`${rc.cli.path}\`, built from the Go module proxy by tools/pulumi-cli), each tool end to end as a child process: process start to exit, each starting the packs itself. ` +
      `Medians of ${rc.runs} interleaved runs (rotating order); each ratio is the median of the per-run ratios. Times in seconds. ` +
      (rc.mode === "only"
        ? `**This section was refreshed alone by \`npm run bench -- --only real-cli\` on ${rc.generatedAt}; sections 1–4 and the targets above them are from the full run of ${r.generatedAt}.**`
        : `Measured in the same full run as sections 1–4 (${rc.generatedAt}).`),
    "",
    `Machine during this section: ${rc.machine.cpus} cores, load average (1 / 5 / 15 min) ${load(rc.machine.loadAvgBefore)} before and ${load(rc.machine.loadAvgAfter)} after` +
      (Math.max(...rc.machine.loadAvgBefore, ...rc.machine.loadAvgAfter) > rc.machine.cpus * 0.5
        ? " - **busy with other work: absolute times are inflated and noisy; the ratios pair samples of the same run.**"
        : "."),
    "",
    `### rampart check vs pulumi policy analyze --file`,
    "",
    `The ${a.exportSize}-resource workload of section 2 written as a stack export (\`${a.exportFile}\`, ${(a.exportBytes / 2 ** 20).toFixed(1)} MiB; deployment version 3, provider resources and \`<provider-urn>::<id>\` references, dependencies, propertyDependencies, ` +
      "secrets as `plaintext` secret objects) through aws-security, cost-optimization and data-location, with one config file for both tools " +
      `(\`${a.configFile}\`: data-location with allowedJurisdictions ["EU"]; the CLI gets it once per \`--policy-pack\`): ` +
      "`rampart check <export> --pack ×3 --config <file> --format json` and `pulumi policy analyze --file <export> --policy-pack ×3 --policy-pack-config ×3 --json`. " +
      "The bare rows run the same commands with three bare packs (one trivial policy each): what the tool and three pack processes cost before rampart's policies do any work.",
    "",
    `Same violations: ${a.agree ? "✅ yes" : "❌ **no**"} - ${a.violations.pulumi} from the CLI, ${a.violations.rampart} from rampart check, compared as (pack, policy, URN, enforcement level) with duplicates (first run); exit status ${a.exitCodes.pulumi} (CLI, mandatory violations) and ${a.exitCodes.rampart} (rampart, \`--fail-on never\`).` +
      (a.agree
        ? ""
        : ` Only in the CLI's: ${a.violations.onlyPulumi.join("; ") || "none"}. Only in rampart's: ${a.violations.onlyRampart.join("; ") || "none"}.`),
    "",
  );
  L.push(
    row(["packs", "rampart check s", "pulumi policy analyze s", "rampart / pulumi", "samples rampart s", "samples pulumi s"]),
    row(["---", "---:", "---:", "---:", "---", "---"]),
  );
  L.push(row(["rampart's three", s1(a.rampart.medianMs), s1(a.pulumi.medianMs), f2(a.ratio), secs(a.rampart.samples), secs(a.pulumi.samples)]));
  L.push(
    row(["three bare packs", s1(a.rampartBare.medianMs), s1(a.pulumiBare.medianMs), f2(a.bareRatio), secs(a.rampartBare.samples), secs(a.pulumiBare.samples)]),
  );
  L.push(
    "",
    `Where the time goes: with bare packs rampart check takes ${s1(a.rampartBare.medianMs)} s and the CLI ${s1(a.pulumiBare.medianMs)} s (medians); rampart's policies add ` +
      `${diffs(a.rampart.samples, a.rampartBare.samples)} to rampart check and ${diffs(a.pulumi.samples, a.pulumiBare.samples)} to the CLI ` +
      "(per run, that run's sample minus its bare sample; a negative or widely spread difference means the machine's load moved single samples by more than the policies cost).",
    "",
    "### pulumi preview with the three packs vs without",
    "",
    `A generated ${p.programSize}-resource TypeScript program (tools/bench/src/program.ts, written to \`${p.programDir}\`: a loop over an S3 bucket with public access block, encryption and versioning, a KMS key, a security group and ingress rule, an EC2 instance, an IAM role and policy attachment, an RDS instance, a log group, a DynamoDB table, an SQS queue; some settings bad on purpose) ` +
      "previewed offline by `pulumi preview` (@rampart/offline-provider's previewOffline: stand-in aws provider from the plugin cache, local file backend; the time is the `pulumi preview` process alone, stack setup excluded), " +
      `without packs, with rampart's three packs (same config file, ${p.policyEvents} policy events in the first run), and with three bare packs. ${p.resourcesRegistered} resources registered in each preview.`,
    "",
  );
  L.push(row(["packs", "pulumi preview s", "ratio to no packs", "samples s"]), row(["---", "---:", "---:", "---"]));
  L.push(row(["none", s1(p.withoutPacks.medianMs), "1.00", secs(p.withoutPacks.samples)]));
  L.push(row(["rampart's three", s1(p.withPacks.medianMs), f2(p.ratio), secs(p.withPacks.samples)]));
  L.push(row(["three bare packs", s1(p.withBarePacks.medianMs), f2(p.bareRatio), secs(p.withBarePacks.samples)]));
  L.push(
    "",
    `Where the time goes: the program and engine without packs ${s1(p.withoutPacks.medianMs)} s (median); three bare packs add ${diffs(p.withBarePacks.samples, p.withoutPacks.samples)} ` +
      `(pack processes and the engine's Remediate and Analyze calls per resource); rampart's policies add ${diffs(p.withPacks.samples, p.withBarePacks.samples)} on top of the bare packs ` +
      "(per run, as above). No target is set for this ratio (issue #11 asks for it to be reported).",
    "",
  );
  return L;
}

const mib = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "n/a");

/** Section 6 of report.md: peak memory and time of rampart check at growing sizes (see memory.ts). */
function renderMemory(r: BenchReport, m: MemoryResult): string[] {
  const L: string[] = ["## 6. Memory of rampart check", ""];
  const load = (xs: number[]) => xs.map(f2).join(" / ");
  L.push(
    "`rampart check <export> --pack aws-security --pack cost-optimization --pack data-location --config <file> --format json --fail-on never` on stack exports of the section-2 workload generator at each size, one run each, " +
      "the resident set size of the CLI process and of every process it starts (the three packs) sampled from /proc every 100 ms (tools/bench/src/memory.ts). " +
      "Peak total is the largest sum of one sample: what the machine must hold at once. " +
      (m.mode === "only"
        ? `**This section was refreshed alone by \`npm run bench -- --only memory\` on ${m.generatedAt}; the other sections are from the run of ${r.generatedAt}.**`
        : `Measured in the same run as the other sections (${m.generatedAt}).`),
    "",
    `Machine during this section: ${m.machine.cpus} cores, load average ${load(m.machine.loadAvgBefore)} before and ${load(m.machine.loadAvgAfter)} after.`,
    "",
  );
  L.push(
    row(["resources", "export MiB", "time s", "time / smallest", "peak total MiB", "CLI peak MiB", "pack peaks MiB", "exit"]),
    row(["---:", "---:", "---:", "---:", "---:", "---:", "---", "---:"]),
  );
  const first = m.runs[0];
  for (const x of m.runs) {
    const packs = x.peakChildrenMiB
      .filter((c) => c.peakMiB > 20)
      .map((c) => `${c.command.split(/[\\/]/).pop()} ${mib(c.peakMiB)}`)
      .join(", ");
    L.push(
      row([
        x.resources,
        (x.exportBytes / 2 ** 20).toFixed(1),
        x.wallS.toFixed(1),
        f2(x.wallS / first.wallS),
        mib(x.peakTotalMiB),
        mib(x.peakRootMiB),
        packs,
        String(x.exitCode),
      ]),
    );
  }
  L.push("");
  return L;
}
