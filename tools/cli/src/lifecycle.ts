/**
 * What the CLI leaves behind when it is stopped: nothing. Child processes (the user's program run
 * under mocks, started policy packs, npm, pulumi) and temporary folders are registered here while
 * they exist; on SIGINT (Ctrl-C) or SIGTERM the handler installed by the executable kills every
 * registered child (SIGKILL: the CLI exits now and cannot wait), removes every registered folder,
 * and exits with 130 (SIGINT) or 143 (SIGTERM), the shell's 128 + signal number.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";

const children = new Set<{ kill(signal?: NodeJS.Signals): unknown }>();
const folders = new Set<string>();

/** Registers a running child process (or anything with `kill`); returns the function that unregisters it. */
export function trackChild(child: ChildProcess | { kill(signal?: NodeJS.Signals): unknown }): () => void {
  children.add(child);
  if ("once" in child && typeof child.once === "function") (child as ChildProcess).once("exit", () => children.delete(child));
  return () => void children.delete(child);
}

/** Registers a temporary folder to remove on a signal; returns the function that unregisters it. */
export function trackTempDir(dir: string): () => void {
  folders.add(dir);
  return () => void folders.delete(dir);
}

/** Kills every registered child and removes every registered folder, now (synchronously). */
export function cleanUpNow(): void {
  for (const c of children) {
    try {
      c.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
  children.clear();
  for (const d of folders) {
    try {
      fs.rmSync(d, { recursive: true, force: true });
    } catch {
      // best effort: nothing more can be done while exiting
    }
  }
  folders.clear();
}

/** Exit codes for the signals the CLI handles: 128 + the signal's number. */
export const SIGNAL_EXIT: Record<"SIGINT" | "SIGTERM", number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Installs the SIGINT and SIGTERM handlers (the executable does; tests running the CLI in process
 * do not). `write` gets the one line said on the way out.
 */
export function installSignalHandlers(write: (line: string) => void = (l) => process.stderr.write(l)): void {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      cleanUpNow();
      write(`rampart: stopped by ${sig}\n`);
      process.exit(SIGNAL_EXIT[sig]);
    });
  }
}
