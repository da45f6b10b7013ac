/**
 * Child processes for the release test. Always asynchronous: the registry and the Pulumi Cloud
 * stand-in serve from this process, so a synchronous child would block the very server it calls.
 * Every call has a timeout (the child's process group is killed when it passes).
 */
import { spawn } from "node:child_process";

/** What a finished command left behind. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The command line, for failure messages. */
  command: string;
}

/** Options of {@link run}. */
export interface RunOpts {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Milliseconds; default 240 s. */
  timeout?: number;
}

/** Runs `command args...` without a shell; resolves when it exits (or is killed at the timeout). */
export function run(command: string, args: readonly string[], opts: RunOpts): Promise<RunResult> {
  const line = [command, ...args].join(" ");
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\n[release test] ${line} timed out after ${opts.timeout ?? 240_000} ms; killed\n`;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, opts.timeout ?? 240_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: `${stderr}${e.message}`, command: line });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, command: line });
    });
  });
}

/** A message for a failed expectation on a command: its line, exit code and output tail. */
export function explain(r: RunResult): string {
  const tail = (s: string) => s.split("\n").slice(-40).join("\n");
  return `${r.command} exited ${r.code}\n--- stdout ---\n${tail(r.stdout)}\n--- stderr ---\n${tail(r.stderr)}`;
}
