/**
 * `rampart publish`: publish every policy pack of the workspace to a Pulumi organization, once per
 * version.
 *
 * 1. List the organization's versions once (`pulumi policy ls <org> --json`).
 * 2. For each pack (sorted by name, or the `--pack` order): a version already there is skipped (a
 *    version can never be republished); otherwise build (`npm run build` in the pack folder,
 *    unless `build: false`) and run `pulumi policy publish <org>` in the pack folder. If the
 *    service answers "already exists" (published meanwhile), the pack counts as skipped.
 * 3. With `enable`, `pulumi policy enable <org>/<pack> <version> --policy-group <group>` for every
 *    pack whose current version is in the organization (published now or before), so a re-run
 *    also finishes an enable that failed last time.
 *
 * A failure in one pack never stops the others; the summary lists published, skipped and failed.
 * A dry run runs only step 1 and lists what would be published.
 */
import * as path from "node:path";
import type { Io } from "../io";
import { failureLine, redactTokens, runProcess } from "./process";
import { enablePack, listOrgVersions, OrgVersions, publishPackDir, PulumiCli, PulumiCommandError } from "./pulumi";
import { discoverPacks, findWorkspaceRoot, selectPacks, SEMVER, WorkspacePack } from "./workspace";

/** Options of {@link runPublish} (the command's flags). */
export interface PublishOptions {
  /** Pulumi organization. */
  org: string;
  /** Pack names (or npm package names); default every pack of the workspace. */
  packs?: readonly string[];
  /** List what would be published; runs nothing but `pulumi policy ls`. */
  dryRun?: boolean;
  /** Run `npm run build` in each pack before publishing it (default true). */
  build?: boolean;
  /** Policy group to enable the published versions in. */
  enable?: string;
  /** Workspace root; default: found upwards from `cwd`. */
  root?: string;
  cwd?: string;
  /** The Pulumi CLI program (default `pulumi` on PATH). */
  pulumi?: string;
  /** npm program for builds (default `npm`). */
  npm?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds each external command (`npm run build`, every `pulumi` call) may run; default 10 minutes. */
  timeoutMs?: number;
}

/** What happened to one pack. */
export interface PackOutcome {
  pack: string;
  version: string;
  status: "published" | "would-publish" | "skipped" | "failed";
  /** Why it was skipped or failed. */
  reason?: string;
  /** Set when `enable` ran: true on success. */
  enabled?: boolean;
}

/** The run's result. */
export interface PublishSummary {
  org: string;
  dryRun: boolean;
  outcomes: PackOutcome[];
  /** A failure that stopped the run before any pack (listing the organization failed). */
  fatal?: string;
}

const indent = (text: string, env: NodeJS.ProcessEnv = process.env) =>
  redactTokens(text, env)
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => `    ${l}\n`)
    .join("");

async function buildPack(pack: WorkspacePack, opts: PublishOptions, io: Io): Promise<string | undefined> {
  const r = await runProcess(opts.npm ?? "npm", ["run", "build"], { cwd: pack.dir, env: opts.env, timeoutMs: opts.timeoutMs });
  if (r.code === 0) return undefined;
  const tail = `${r.stdout}\n${r.stderr}`
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(-20)
    .join("\n");
  if (tail) io.stderr(indent(tail, opts.env));
  if (r.timedOut !== undefined) return `npm run build ${failureLine(r)}`;
  return r.spawnError ? `npm run build could not start: ${failureLine(r)}` : `npm run build failed (exit ${r.code}): ${failureLine(r)}`;
}

async function publishOne(pack: WorkspacePack, existing: OrgVersions, cli: PulumiCli, opts: PublishOptions, io: Io): Promise<PackOutcome> {
  const base = { pack: pack.name, version: pack.version };
  if (!SEMVER.test(pack.version)) return { ...base, status: "failed", reason: `package.json version '${pack.version}' is not a semantic version` };
  if (existing.get(pack.name)?.has(pack.version)) return { ...base, status: "skipped", reason: `version ${pack.version} is already in ${opts.org}` };
  if (opts.dryRun) return { ...base, status: "would-publish" };
  if (opts.build !== false) {
    io.stdout(`${pack.name}: building (npm run build)\n`);
    const err = await buildPack(pack, opts, io);
    if (err) return { ...base, status: "failed", reason: err };
  }
  io.stdout(`${pack.name}: publishing ${pack.version} to ${opts.org} (pulumi policy publish ${opts.org})\n`);
  const out = await publishPackDir(cli, opts.org, pack.dir);
  if (out.result.stdout.trim()) io.stdout(indent(out.result.stdout, opts.env));
  if (out.kind === "published") return { ...base, status: "published" };
  if (out.result.stderr.trim()) io.stderr(indent(out.result.stderr, opts.env));
  if (out.kind === "exists") return { ...base, status: "skipped", reason: `version ${pack.version} is already in ${opts.org} (${out.reason})` };
  return { ...base, status: "failed", reason: out.reason };
}

/**
 * Runs the publish. Writes progress and the summary to `io`; never throws for a pack's failure.
 * @throws InputError for a bad `--pack` name or a missing workspace root (exit code 2).
 */
export async function runPublish(opts: PublishOptions, io: Io): Promise<PublishSummary> {
  const root = opts.root ? path.resolve(opts.root) : findWorkspaceRoot(opts.cwd ?? process.cwd());
  const packs = selectPacks(discoverPacks(root), opts.packs);
  const cli: PulumiCli = { command: opts.pulumi ?? "pulumi", env: opts.env, timeoutMs: opts.timeoutMs };
  const summary: PublishSummary = { org: opts.org, dryRun: !!opts.dryRun, outcomes: [] };
  if (packs.length === 0) {
    io.stdout(`No policy packs found under ${root}.\n`);
    return summary;
  }
  let existing: OrgVersions;
  try {
    existing = await listOrgVersions(cli, opts.org);
  } catch (e) {
    summary.fatal = `cannot list the policy packs of ${opts.org}: ${e instanceof PulumiCommandError ? e.message : (e as Error).message}`;
    return summary;
  }
  for (const pack of packs) {
    let outcome: PackOutcome;
    try {
      outcome = await publishOne(pack, existing, cli, opts, io);
    } catch (e) {
      outcome = { pack: pack.name, version: pack.version, status: "failed", reason: (e as Error).message.split("\n")[0] };
    }
    if (opts.enable && !opts.dryRun && (outcome.status === "published" || outcome.status === "skipped")) {
      const err = await enablePack(cli, opts.org, pack.name, pack.version, opts.enable);
      outcome.enabled = !err;
      if (err) {
        const before = outcome.status === "published" ? `published ${pack.version}, but ` : "";
        outcome.status = "failed";
        outcome.reason = `${before}enable in policy group '${opts.enable}' failed: ${err}`;
      }
    }
    summary.outcomes.push(outcome);
  }
  return summary;
}

/** The summary as printed at the end of the run. */
export function renderSummary(s: PublishSummary): string {
  if (s.fatal) return `rampart publish: ${s.fatal}\n`;
  const count = (st: PackOutcome["status"]) => s.outcomes.filter((o) => o.status === st).length;
  const lines: string[] = [];
  if (s.dryRun) {
    lines.push(`Dry run for ${s.org}: nothing was built or published.`);
    lines.push(`Summary: ${count("would-publish")} would be published, ${count("skipped")} skipped, ${count("failed")} failed`);
  } else {
    lines.push(`Summary for ${s.org}: ${count("published")} published, ${count("skipped")} skipped, ${count("failed")} failed`);
  }
  const label: Record<PackOutcome["status"], string> = {
    published: "published",
    "would-publish": "would publish",
    skipped: "skipped",
    failed: "failed",
  };
  for (const o of s.outcomes) {
    const enabled = o.enabled ? " (enabled)" : "";
    lines.push(`  ${label[o.status].padEnd(13)} ${o.pack}@${o.version}${enabled}${o.reason ? `: ${o.reason}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Exit code of a run: 1 on any failure (or a fatal one), else 0. */
export function exitCodeOf(s: PublishSummary): number {
  return s.fatal || s.outcomes.some((o) => o.status === "failed") ? 1 : 0;
}
