/**
 * Running a program's runner in a child process (so a crash in the program cannot take rampart
 * down), with a timeout and bounded output capture.
 */
import { spawn } from "node:child_process";
import { trackChild } from "../lifecycle";

/** How a runner child ended: its captured output (stdout and stderr, at most 64 KiB) and whether it timed out. */
export interface ChildOutcome {
  output: string;
  timedOut: boolean;
}

/**
 * Starts `command args` in `cwd` with `env` added to rampart's environment and waits for it, at
 * most `timeoutMs` milliseconds (then SIGKILL); registered with lifecycle.ts so a signal to rampart
 * stops it. Never rejects: a start failure is the output.
 */
export function runChild(command: string, args: string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    // A SIGINT/SIGTERM to rampart stops the program too (lifecycle.ts).
    const untrack = trackChild(child);
    let out = "";
    let timedOut = false;
    const take = (d: Buffer) => {
      if (out.length < 65536) out += d.toString();
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", () => {
      clearTimeout(timer);
      untrack();
      resolve({ output: out, timedOut });
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ output: e.message, timedOut });
    });
  });
}

/** The last meaningful lines of a child's output (for a runner that died without a result). */
export function tailOf(output: string, lines = 12): string {
  const ls = output
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !/^\s+at /.test(l));
  return ls.slice(-lines).join("\n");
}
