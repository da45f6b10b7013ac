/**
 * `rampart check <input> [--pack <name|dir> ...] [--config <file>] [--stack <name>]
 *   [--format text|json|sarif|junit|markdown] [--output <file>] [--fail-on <level>]
 *   [--exemptions <file>] [--baseline <file>] [--write-baseline <file>]`
 *
 * Exit codes: 0 clean (or nothing at or above `--fail-on`), 1 a violation at or above `--fail-on`,
 * 2 usage or input error (one line on stderr), also when the input has no custom resource to check
 * (a gate that passes on nothing is a silent pass; `--allow-empty` makes it a warning and exit 0).
 * Components a program registered whose children rampart could not see offline are listed once on
 * stderr and in the JSON and SARIF reports.
 */
import type { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { isPreviewAdvisory, type PolicyPackConfigFile } from "@rampart/engine-client";
import { baselineByCurrentName, exemptionsByCurrentName, renamesOf } from "../aliases";
import { applyBaseline, readBaseline, writeBaseline } from "../baseline";
import { CheckResult, runCheck, Violation } from "../check";
import { combineExemptions, splitConfigExemptions } from "../config-exemptions";
import type { CheckInput } from "../inputs/stack-export";
import { EXIT, InputError } from "../errors";
import { applyExemptions, findExemptionsFile, loadExemptions } from "../exemptions";
import { loadInput } from "../inputs";
import { resolvePacks } from "../packs";
import { Progress } from "../progress";
import { renderJson } from "../report/json";
import { renderJunit } from "../report/junit";
import { isMandatory, packsOf, Report, unexpandedNotice } from "../report/model";
import { renderSarif } from "../report/sarif";
import { renderText } from "../report/text";
import { renderMarkdown } from "../report/markdown";
import { writeFileAtomic } from "../report/write";
import { checkOutputPaths, type NamedPath } from "../outputs";
import { parseJson, readRegularFile } from "../safe-read";
import type { Io } from "../io";

/**
 * When `check` exits 1: `mandatory` (default; a mandatory violation), `advisory` (any violation),
 * `never`, or a severity `low|medium|high|critical` (any violation of at least that severity).
 */
const FAIL_ON: readonly string[] = ["mandatory", "advisory", "never", "low", "medium", "high", "critical"];
const FORMATS = ["text", "json", "sarif", "junit", "markdown"] as const;
const SEVERITY_RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require("../../package.json").version;

/** Whether a violation makes the run fail under `failOn`. Violations without a severity never meet a severity threshold. */
export function failsOn(failOn: string, v: Violation): boolean {
  if (v.enforcementLevel === "disabled") return false;
  // "Can't run/check during preview" says a value is not known yet, nothing about the
  // infrastructure: it is reported (advisory), but never fails a check.
  if (isPreviewAdvisory(v.message)) return false;
  switch (failOn) {
    case "never":
      return false;
    case "advisory":
      return true;
    case "mandatory":
      return isMandatory(v);
    default:
      return (SEVERITY_RANK[v.severity] ?? 0) >= SEVERITY_RANK[failOn];
  }
}

/** The files a check reads for its input: the file, or a program folder's Pulumi project and stack files. */
function inputFiles(input: string): NamedPath[] {
  let isDir = false;
  try {
    isDir = fs.statSync(input).isDirectory();
  } catch {
    return [{ name: "the input", file: input }];
  }
  if (!isDir) return [{ name: "the input", file: input }];
  return fs
    .readdirSync(input)
    .filter((f) => /^Pulumi(\.[^/\\]+)?\.ya?ml$/.test(f))
    .map((f) => ({ name: "a file of the input program", file: path.join(input, f) }));
}

function readConfig(file: string | undefined): PolicyPackConfigFile {
  if (!file) return {};
  const doc = parseJson(readRegularFile(file, "policy config"), `policy config ${file}`);
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new InputError(`policy config ${file} must be a JSON object keyed by policy name`);
  return doc as PolicyPackConfigFile;
}

/** The options of `rampart check` (and `rampart compliance`). */
export interface CheckOptions {
  pack?: string[];
  config?: string;
  stack?: string;
  format: string;
  output?: string;
  failOn: string;
  exemptions?: string;
  baseline?: string;
  writeBaseline?: string;
  allowEmpty?: boolean;
}

/** What one check produced: the report to render, and the run behind it. */
export interface CheckRun {
  report: Report;
  result: CheckResult;
  /** The input checked, without its resource lists (the check releases them to save memory). */
  input: Omit<CheckInput, "resources" | "stackResources">;
  /** The type tokens of every resource in the input (Analyze and AnalyzeStack resources). */
  resourceTypes: ReadonlySet<string>;
  /** Violations after exemptions, before the baseline (what `--write-baseline` writes). */
  afterExemptions: Violation[];
}

/**
 * Everything `rampart check` does before rendering: checks paths, reads the config, exemptions
 * (rampart.yaml and each policy's `exemptions` in `--config`) and baseline, runs the packs
 * (`runCheck`), applies exemptions and baseline and decides the exit. `rampart compliance` reuses it.
 * @throws InputError for bad options or input (one line, exit 2).
 */
export async function performCheck(input: string, opts: CheckOptions, io: Io, formats: readonly string[] = FORMATS): Promise<CheckRun> {
  if (!FAIL_ON.includes(opts.failOn)) throw new InputError(`--fail-on must be one of ${FAIL_ON.join(", ")} (got '${opts.failOn}')`);
  if (!formats.includes(opts.format)) throw new InputError(`--format must be one of ${formats.join(", ")} (got '${opts.format}')`);
  const exemptionsFile = opts.exemptions ?? findExemptionsFile(input);
  // Before any work: no output may overwrite an input or another output, and each can be written.
  checkOutputPaths(
    [
      ...(opts.output ? [{ name: "--output", file: opts.output }] : []),
      ...(opts.writeBaseline ? [{ name: "--write-baseline", file: opts.writeBaseline }] : []),
    ],
    [
      ...inputFiles(input),
      ...(opts.config ? [{ name: "the policy config (--config)", file: opts.config }] : []),
      ...(exemptionsFile ? [{ name: "the exemptions file", file: exemptionsFile }] : []),
      ...(opts.baseline ? [{ name: "the baseline (--baseline)", file: opts.baseline }] : []),
    ],
  );
  const packs = resolvePacks(opts.pack);
  const fromConfig = opts.config ? splitConfigExemptions(readConfig(opts.config), opts.config) : undefined;
  const config = fromConfig?.config ?? {};
  const { set: exemptions, fileOf } = combineExemptions([exemptionsFile ? loadExemptions(exemptionsFile) : undefined, fromConfig?.set]);
  const baseline = opts.baseline ? readBaseline(opts.baseline) : undefined;

  const progress = new Progress({ write: (t) => io.stderr(t), isTTY: !!io.stderrIsTTY }, `reading ${input}`).start();
  let result;
  let loaded;
  let resourceTypes: ReadonlySet<string> = new Set();
  const warnings: string[] = [];
  try {
    loaded = await loadInput(input, { stack: opts.stack });
    if (loaded.customResources === 0) {
      const why = loaded.unexpandedComponents?.length
        ? `its only resources are in components rampart could not expand offline (${loaded.unexpandedComponents.map((c) => `${c.type} ${c.name}`).join(", ")})`
        : loaded.kind.endsWith("-program")
          ? "the program registered no custom resources"
          : "it has no custom resources";
      if (!opts.allowEmpty)
        throw new InputError(
          `nothing to check in ${input}: ${why}; check a 'pulumi preview --json' or a stack export, or pass --allow-empty to accept an empty check`,
        );
      warnings.push(`no resources were checked in ${input}: ${why}`);
    }
    progress.phase(`checking ${loaded.resources.length} resources`);
    resourceTypes = new Set([...loaded.resources, ...loaded.stackResources].map((r) => r.type));
    // The check empties loaded.resources and loaded.stackResources when it is done with them.
    result = await runCheck(loaded, packs, config, { onProgress: (d, t) => progress.update(d, t), releaseInput: true });
  } finally {
    progress.stop();
  }
  const unexpanded = unexpandedNotice(loaded.unexpandedComponents);
  if (unexpanded) io.stderr(`rampart: warning: ${unexpanded}\n`);
  warnings.push(...result.warnings);
  for (const w of warnings) io.stderr(`rampart: warning: ${w}\n`);

  // Entries written against a renamed policy's former name still apply (with a warning).
  const renames = renamesOf(result.packs);
  const warn = (t: string) => io.stderr(`rampart: warning: ${t}\n`);
  const ex = applyExemptions(result.violations, exemptionsByCurrentName(exemptions, renames, warn));
  const bl = applyBaseline(ex.kept, baselineByCurrentName(baseline, renames, warn, opts.baseline));
  for (const e of exemptions?.expired ?? []) {
    io.stderr(`rampart: warning: exemption of ${e.policy} for ${e.resource} expired on ${e.expires} and no longer applies (${fileOf.get(e)})\n`);
  }
  const failed = bl.kept.some((v) => failsOn(opts.failOn, v));
  const report: Report = {
    tool: { name: "rampart", version: VERSION },
    input: { path: input, kind: loaded.kind, stack: loaded.stack, project: loaded.project },
    packs: packsOf(result),
    resourcesChecked: result.resourcesChecked,
    violations: bl.kept,
    exempted: ex.exempted,
    baselined: bl.known,
    baselineUsed: !!baseline,
    expiredExemptions: exemptions?.expired ?? [],
    failOn: opts.failOn,
    failed,
    unexpandedComponents: loaded.unexpandedComponents ?? [],
    warnings,
  };
  return { report, result, input: loaded, resourceTypes, afterExemptions: ex.kept };
}

/** Registers the command. */
export function registerCheck(program: Command, io: Io): void {
  program
    .command("check")
    .description("Check a stack, a preview or a Pulumi program against rampart policy packs, as `pulumi preview --policy-pack` would.")
    .argument(
      "<input>",
      "stack export (`pulumi stack export`), `pulumi preview --json` output, or a Pulumi program folder / Pulumi.yaml (YAML, TypeScript, JavaScript)",
    )
    .option(
      "-p, --pack <name|dir...>",
      "pack name (aws-security, azure-security, cost-optimization, data-location, gcp-security) or pack folder; default: every installed pack",
    )
    .option("-c, --config <file>", "policy config JSON, as for `pulumi preview --policy-pack-config`")
    .option("-s, --stack <name>", "stack of a program (its Pulumi.<stack>.yaml config); default: the only stack file")
    .option("-f, --format <format>", "report format: text, json, sarif, junit, markdown (a pull request comment)", "text")
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .option("--fail-on <level>", "exit 1 on violations at this level: mandatory, advisory, never, or a severity low|medium|high|critical", "mandatory")
    .option("--exemptions <file>", "exemptions file (default: rampart.yaml in the input's folder, else in the current folder)")
    .option("--baseline <file>", "report only violations not in this baseline")
    .option("--write-baseline <file>", "write the violations found to a baseline file")
    .option("--allow-empty", "accept an input with no custom resources (warning, exit 0) instead of exit 2")
    .action(async (input: string, opts: CheckOptions) => {
      const { report, afterExemptions } = await performCheck(input, opts, io);
      const text =
        opts.format === "json"
          ? renderJson(report)
          : opts.format === "sarif"
            ? renderSarif(report)
            : opts.format === "junit"
              ? renderJunit(report, (v) => failsOn(opts.failOn, v))
              : opts.format === "markdown"
                ? renderMarkdown(report)
                : renderText(report);
      // The report first: if it cannot be written, the baseline is left as it was.
      if (opts.output) writeFileAtomic(opts.output, text);
      else io.stdout(text);
      if (opts.writeBaseline) writeBaseline(opts.writeBaseline, afterExemptions);
      io.exitCode = report.failed ? EXIT.violations : EXIT.ok;
    });
}
