/**
 * Running the real Pulumi CLI and the `rampart` CLI as child processes for conformance tests, each
 * with a timeout, offline (see {@link offlineEnv}).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findPulumiCli, offlineEnv } from "./index";

/** The repository root (tools/pulumi-cli/dist/.. or src/..). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

/** The built pack folders `pulumi --policy-pack` takes, by Pulumi pack name. */
export const PACK_DIRS: Record<string, string> = {
  "aws-security": path.join(REPO_ROOT, "packages", "aws-security"),
  "azure-security": path.join(REPO_ROOT, "packages", "azure-security"),
  "cost-optimization": path.join(REPO_ROOT, "packages", "cost-optimization"),
  "data-location": path.join(REPO_ROOT, "packages", "data-location"),
  "gcp-security": path.join(REPO_ROOT, "packages", "gcp-security"),
};

/** A finished child process. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args` and collects its output.
 * @param timeoutMs killed (SIGKILL) after this many milliseconds; the result then has code 124.
 */
export function runProcess(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs ?? 300_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? 124 : (code ?? 1), stdout, stderr: timedOut ? `${stderr}\n(timed out)` : stderr });
    });
  });
}

/** A Pulumi CLI with its own temporary PULUMI_HOME; `dispose()` removes it. */
export class PulumiCli {
  readonly home: string;
  constructor(
    readonly bin: string,
    extraPath: string[] = [],
  ) {
    this.home = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-pulumi-home-"));
    this.env = offlineEnv(this.home, extraPath);
  }
  readonly env: NodeJS.ProcessEnv;

  /** Runs `pulumi <args>` (timeout 5 minutes unless given). */
  run(args: string[], opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
    return runProcess(this.bin, args, { cwd: opts.cwd ?? REPO_ROOT, env: { ...this.env, ...opts.env }, timeoutMs: opts.timeoutMs });
  }

  dispose(): void {
    fs.rmSync(this.home, { recursive: true, force: true });
  }
}

/** Runs the workspace's `rampart` CLI (tools/cli/bin/rampart.js) with node. */
export function runRampart(args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  const bin = path.join(REPO_ROOT, "tools", "cli", "bin", "rampart.js");
  return runProcess(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: "1" },
    timeoutMs: opts.timeoutMs ?? 300_000,
  });
}

/**
 * The CLI to test against, or why there is none. Under CI=true a missing CLI is an error, not a
 * skip: `.ci/run` requires the conformance tests.
 */
export function requirePulumiCli(): { cli?: string; skip?: string } {
  const cli = findPulumiCli();
  if (cli) return { cli };
  const why = "no Pulumi CLI: build it with `npx nx run @rampart/pulumi-cli:build` (needs Go) or put `pulumi` on PATH";
  if (process.env.CI === "true") throw new Error(`real-CLI conformance tests cannot run: ${why}`);
  return { skip: why };
}

/** One violation as both tools report it: the identity the conformance tests compare. */
export interface ViolationKey {
  pack: string;
  policy: string;
  urn: string;
  enforcementLevel: string;
}

/** `pack policy level urn`, for set comparison and readable diffs. */
export const keyString = (k: ViolationKey) => `${k.pack} ${k.policy} ${k.enforcementLevel} ${k.urn}`;

/** The violations in `pulumi policy analyze --json` output (one JSON engine event per line). */
export function violationsOfAnalyzeJson(stdout: string): ViolationKey[] {
  const out: ViolationKey[] = [];
  for (const line of stdout.split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    const e = JSON.parse(line) as { policyEvent?: { policyPackName: string; policyName: string; resourceUrn?: string; enforcementLevel: string } };
    if (e.policyEvent) {
      out.push({
        pack: e.policyEvent.policyPackName,
        policy: e.policyEvent.policyName,
        urn: e.policyEvent.resourceUrn ?? "",
        enforcementLevel: e.policyEvent.enforcementLevel,
      });
    }
  }
  return out;
}

/** The violations in `rampart check --format json` output. */
export function violationsOfRampartJson(stdout: string): ViolationKey[] {
  const r = JSON.parse(stdout) as { violations: { pack: string; policy: string; urn: string | null; enforcementLevel: string }[] };
  return r.violations.map((v) => ({ pack: v.pack, policy: v.policy, urn: v.urn ?? "", enforcementLevel: v.enforcementLevel }));
}

/** Sorted key strings of a violation list (duplicates kept). */
export const keys = (vs: ViolationKey[]) => vs.map(keyString).sort();

/** ANSI colour codes (SGR sequences) in terminal output. */
// eslint-disable-next-line no-control-regex -- the escape character is what the pattern removes
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

/** The `Policies:` section of a text report, with ANSI colour removed and trailing spaces trimmed. */
export function policiesSection(text: string): string[] {
  const lines = text
    .replace(ANSI_COLOUR, "")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  const start = lines.indexOf("Policies:");
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l === "");
  return lines.slice(start, end < 0 ? undefined : end);
}
