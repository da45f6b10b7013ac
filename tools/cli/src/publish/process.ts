/**
 * Running the external programs `rampart publish` drives (`npm run build`, `pulumi policy ...`):
 * output captured, never thrown at the caller, so one pack's failure cannot stop the others.
 */
import { spawn } from "node:child_process";

/** What a finished (or unstartable) child process left behind. */
export interface ProcessResult {
  /** Exit code; `null` when the process could not start or was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (e.g. ENOENT: not on PATH). */
  spawnError?: NodeJS.ErrnoException;
}

/** Options for {@link runProcess}. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `command args...` without a shell and waits for it. Never rejects: a program that cannot
 * start gives `code: null` and `spawnError`.
 */
export function runProcess(command: string, args: readonly string[], opts: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let settled = false;
    const done = (r: ProcessResult) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    let child;
    try {
      child = spawn(command, [...args], { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      done({ code: null, stdout, stderr, spawnError: e as NodeJS.ErrnoException });
      return;
    }
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", (e: NodeJS.ErrnoException) => done({ code: null, stdout, stderr, spawnError: e }));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/**
 * The line that explains a failure: the last `error:` line (how the Pulumi CLI reports), else the
 * last non-empty line of stderr, else of stdout. Never a stack trace: stack frames (`at ...`) and
 * npm's own `npm error` trailer lines are skipped.
 */
export function failureLine(r: ProcessResult): string {
  if (r.spawnError) return r.spawnError.code === "ENOENT" ? "program not found on PATH" : r.spawnError.message.split("\n")[0];
  const lines = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !/^at\s/.test(l) && !/^npm (error|ERR!)/.test(l));
  const err = lines(r.stderr);
  const out = lines(r.stdout);
  const errorLine = [...err, ...out].reverse().find((l) => /^error:/i.test(l));
  const chosen = errorLine ?? err.at(-1) ?? out.at(-1) ?? `exited with code ${r.code}`;
  return chosen.length > 300 ? `${chosen.slice(0, 297)}...` : chosen;
}
