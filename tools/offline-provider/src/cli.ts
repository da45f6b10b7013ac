/**
 * Finding the real Pulumi CLI and running it as a child process with a timeout.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./shims";

/** Thrown when no Pulumi CLI (or a language host it needs) can be found. */
export class PulumiCliMissingError extends Error {}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` in the folders of a PATH string. */
export function whichOnPath(name: string, pathEnv: string | undefined = process.env.PATH): string | undefined {
  for (const dir of (pathEnv ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/**
 * The Pulumi CLI to run: env `RAMPART_PULUMI_CLI` (path of the `pulumi` binary), else
 * `<repo>/tools/pulumi-cli/bin/pulumi`, else `pulumi` on PATH.
 * @throws PulumiCliMissingError when RAMPART_PULUMI_CLI names a file that is not executable.
 * @returns undefined when none is found.
 */
export function findPulumiCli(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.RAMPART_PULUMI_CLI;
  if (explicit) {
    if (!isExecutable(explicit)) throw new PulumiCliMissingError(`rampart: RAMPART_PULUMI_CLI=${explicit} is not an executable file`);
    return path.resolve(explicit);
  }
  const inRepo = path.join(REPO_ROOT, "tools", "pulumi-cli", "bin", "pulumi");
  if (isExecutable(inRepo)) return inRepo;
  return whichOnPath("pulumi", env.PATH);
}

/**
 * The language host `pulumi-language-<runtime>` the CLI would use: the one next to the (symlink-
 * resolved) CLI binary, else one on PATH — the CLI's own order for bundled plugins, reversed only in
 * that PATH comes second (plugins.go prefers PATH and warns when they differ).
 */
export function findLanguageHost(cli: string, runtime: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = `pulumi-language-${runtime}`;
  const beside = path.join(path.dirname(existsSync(cli) ? realpathSync(cli) : cli), name);
  if (isExecutable(beside)) return beside;
  return whichOnPath(name, env.PATH);
}

/** Result of a child process. */
export interface ChildResult {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  durationMs: number;
  /** True when the timeout killed it. */
  timedOut: boolean;
}

/** Options of `runChild`. */
export interface ChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the whole process group after this many milliseconds (required: every child has a timeout). */
  timeoutMs: number;
  /** Text written to stdin (stdin is closed either way). */
  input?: string;
}

/**
 * Runs `cmd args` in its own process group and collects its output; on timeout the group gets SIGKILL
 * (the CLI's plugins and language host die with it). Never rejects for a non-zero exit.
 * @throws when the command cannot be started (e.g. ENOENT).
 */
export function runChild(cmd: string, args: readonly string[], opts: ChildOptions): Promise<ChildResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, opts.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, durationMs: performance.now() - started, timedOut });
    });
    child.stdin.end(opts.input ?? "");
  });
}
