/**
 * Running the external programs `rampart publish` drives (`npm run build`, `pulumi policy ...`):
 * output captured, never thrown at the caller, so one pack's failure cannot stop the others.
 */
import { spawn } from "node:child_process";
import { trackChild } from "../lifecycle";

/** What a finished (or unstartable) child process left behind. */
export interface ProcessResult {
  /** Exit code; `null` when the process could not start or was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (e.g. ENOENT: not on PATH). */
  spawnError?: NodeJS.ErrnoException;
  /** Set when the program was stopped for running longer than `timeoutMs`. */
  timedOut?: number;
}

/** Options for {@link runProcess}. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds the program may run; then it gets SIGTERM, and SIGKILL 5 s later. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** Default time limit of one external command: 10 minutes. */
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

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
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timedOut: number | undefined;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = timeoutMs;
      child.kill("SIGTERM");
      killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      killer.unref();
    }, timeoutMs);
    const untrack = trackChild(child);
    const finish = (r: ProcessResult) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      untrack();
      done(timedOut !== undefined ? { ...r, code: null, timedOut } : r);
    };
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", (e: NodeJS.ErrnoException) => finish({ code: null, stdout, stderr, spawnError: e }));
    child.on("close", (code) => finish({ code, stdout, stderr }));
  });
}

/**
 * The line that explains a failure: the last `error:` line (how the Pulumi CLI reports), else the
 * last non-empty line of stderr, else of stdout. Never a stack trace: stack frames (`at ...`) and
 * npm's own `npm error` trailer lines are skipped.
 */
export function failureLine(r: ProcessResult): string {
  if (r.timedOut !== undefined) return `did not finish within ${r.timedOut / 1000} s and was stopped (raise the limit with --timeout <seconds>)`;
  if (r.spawnError) return r.spawnError.code === "ENOENT" ? "program not found on PATH" : r.spawnError.message.split("\n")[0];
  const lines = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !/^at\s/.test(l) && !/^npm (error|ERR!)/.test(l));
  const err = lines(r.stderr);
  const out = lines(r.stdout);
  const errorLine = [...err, ...out].reverse().find((l) => /^error:/i.test(l));
  const chosen = redactTokens(errorLine ?? err.at(-1) ?? out.at(-1) ?? `exited with code ${r.code}`);
  return chosen.length > 300 ? `${chosen.slice(0, 297)}...` : chosen;
}

/**
 * Credentials as they appear in tools' output: Pulumi access tokens (`pul-` and 40 hex digits),
 * npm tokens (`npm_` and 36 characters), GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`,
 * `github_pat_`), and the value after `Bearer`/`token`/`authorization` or in `_authToken=` lines.
 */
const TOKEN_PATTERNS: RegExp[] = [
  /\bpul-[0-9a-f]{40}\b/gi,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g,
  /\b(Bearer|token|authorization:)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /(_authToken\s*=\s*)\S+/g,
];

/** Environment variables whose values are credentials. */
const SECRET_ENV = /TOKEN|SECRET|PASSWORD|PASSPHRASE|_AUTH|API_KEY|ACCESS_KEY/i;

/**
 * Replaces credentials in `text` with `[redacted]`: the values of secret-looking environment
 * variables (`PULUMI_ACCESS_TOKEN`, `NPM_TOKEN`, `*_SECRET*`, ...; 8+ characters) wherever they
 * appear, and the token shapes of {@link TOKEN_PATTERNS}.
 */
export function redactTokens(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  const values = Object.entries(env)
    .filter(([k, v]) => SECRET_ENV.test(k) && typeof v === "string" && v.length >= 8)
    .map(([, v]) => v as string)
    .sort((a, b) => b.length - a.length);
  for (const v of values) out = out.split(v).join("[redacted]");
  for (const re of TOKEN_PATTERNS)
    out = out.replace(re, (m, a?: string, b?: string) =>
      typeof a === "string" && typeof b === "string" && /^(Bearer|token|authorization:)$/i.test(a)
        ? `${a}${b}[redacted]`
        : typeof a === "string" && /_authToken/.test(a)
          ? `${a}[redacted]`
          : "[redacted]",
    );
  return out;
}
