// Runs `rampart check` for the action: once for the Markdown summary (whose exit code is the
// check's), once for the SARIF report, each with a timeout. Writes the step outputs `exit-code`,
// `markdown-file` and `sarif-written`, and adds the summary to the job summary.
// Inputs come from RAMPART_* environment variables (see action.yml).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { pathToFileURL } from "node:url";
import * as os from "node:os";
import * as path from "node:path";

const env = process.env;
const TIMEOUT_MS = Number(env.RAMPART_TIMEOUT_SECONDS || 1800) * 1000;

/** The command line that runs rampart: RAMPART_COMMAND split at spaces, else npx with @rampart/cli. */
export function rampartCommand(e = env) {
  if (e.RAMPART_COMMAND && e.RAMPART_COMMAND.trim()) return e.RAMPART_COMMAND.trim().split(/\s+/);
  return ["npx", "--yes", "--package", `@rampart/cli@${e.RAMPART_VERSION || "latest"}`, "rampart"];
}

/** `rampart check` arguments from the inputs (without --format/--output). */
export function checkArgs(e = env) {
  if (!e.RAMPART_INPUT) throw new Error("the `input` input is required");
  const args = ["check", e.RAMPART_INPUT, "--fail-on", e.RAMPART_FAIL_ON || "mandatory"];
  const packs = (e.RAMPART_PACKS || "").split(/\s+/).filter(Boolean);
  if (packs.length) args.push("--pack", ...packs);
  for (const [flag, v] of [
    ["--config", e.RAMPART_CONFIG],
    ["--exemptions", e.RAMPART_EXEMPTIONS],
    ["--baseline", e.RAMPART_BASELINE],
    ["--stack", e.RAMPART_STACK],
  ]) {
    if (v) args.push(flag, v);
  }
  return args;
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

function runRampart(extra) {
  const [cmd, ...pre] = rampartCommand();
  const r = spawnSync(cmd, [...pre, ...checkArgs(), ...extra], { stdio: ["ignore", "inherit", "inherit"], timeout: TIMEOUT_MS, shell: false });
  if (r.error) {
    console.log(`::error::rampart could not run (${cmd}): ${r.error.message}`);
    return 2;
  }
  return r.status ?? 2;
}

function main() {
  const dir = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), "rampart-"));
  const markdown = path.join(dir, "rampart-summary.md");
  const code = runRampart(["--format", "markdown", "--output", markdown]);
  output("exit-code", String(code));
  if (fs.existsSync(markdown)) {
    output("markdown-file", markdown);
    if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, fs.readFileSync(markdown, "utf8"));
  }
  if (code === 2) return; // bad input: rampart printed one line; nothing more to report
  const sarif = env.RAMPART_SARIF || "rampart.sarif";
  const sarifCode = runRampart(["--format", "sarif", "--output", sarif]);
  output("sarif-written", String(sarifCode !== 2 && fs.existsSync(sarif)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    console.log(`::error::rampart action: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
}
