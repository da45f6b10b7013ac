/**
 * Peak memory of a process tree: a command (e.g. `rampart check`) run as a child, its resident set
 * size and that of every descendant (the pack processes it starts) sampled from /proc while it
 * runs. The peak total is the largest sum over one sample (what the machine must hold at once);
 * the per-process peaks say which process holds it. Linux only (/proc).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";

/** What one run of a command used. */
export interface TreeMemory {
  /** Wall time from spawn to exit, in seconds. */
  wallS: number;
  /** Exit status (null when killed by a signal). */
  exitCode: number | null;
  /** Largest sum of the resident set sizes of the command and its descendants in one sample, MiB. */
  peakTotalMiB: number;
  /** Peak resident set size of the command's own process, MiB. */
  peakRootMiB: number;
  /** Peak resident set size of each descendant, MiB, by the descendant's command line (largest first). */
  peakChildrenMiB: { command: string; peakMiB: number }[];
  /** Samples taken. */
  samples: number;
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      let list = byParent.get(ppid);
      if (!list) byParent.set(ppid, (list = []));
      list.push(Number(name));
    } catch {
      // the process exited while listing
    }
  }
  return byParent;
}

function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return String(pid);
  }
}

/**
 * Runs `command args` (output discarded) and samples the memory of its process tree every
 * `intervalMs` until it exits.
 */
export function measureTreeMemory(command: string, args: readonly string[], opts: { cwd?: string; intervalMs?: number; timeoutMs?: number } = {}): Promise<TreeMemory> {
  const interval = opts.intervalMs ?? 100;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command, args as string[], { cwd: opts.cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (b: Buffer) => {
      if (stderr.length < 20_000) stderr += b.toString();
    });
    let peakTotal = 0;
    let peakRoot = 0;
    let samples = 0;
    const peaks = new Map<number, { command: string; peakMiB: number }>();
    const sample = () => {
      const root = child.pid;
      if (!root) return;
      const tree = children();
      let total = 0;
      const stack = [root];
      while (stack.length) {
        const pid = stack.pop()!;
        const rss = rssMiB(pid);
        total += rss;
        if (pid === root) peakRoot = Math.max(peakRoot, rss);
        else {
          const p = peaks.get(pid) ?? { command: commandOf(pid), peakMiB: 0 };
          p.peakMiB = Math.max(p.peakMiB, rss);
          peaks.set(pid, p);
        }
        stack.push(...(tree.get(pid) ?? []));
      }
      peakTotal = Math.max(peakTotal, total);
      samples++;
    };
    const timer = setInterval(sample, interval);
    const killer = opts.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs) : undefined;
    child.on("error", (e) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      reject(e);
    });
    child.on("exit", (code) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0 && code !== null && stderr) process.stderr.write(stderr);
      resolve({
        wallS,
        exitCode: code,
        peakTotalMiB: peakTotal,
        peakRootMiB: peakRoot,
        peakChildrenMiB: [...peaks.values()].filter((p) => p.peakMiB > 0).sort((a, b) => b.peakMiB - a.peakMiB),
        samples,
      });
    });
  });
}
