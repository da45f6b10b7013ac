/**
 * Checking a TypeScript or JavaScript Pulumi program (`runtime: nodejs`) without the Pulumi CLI,
 * cloud credentials or network: the program runs in a child process (so its crash cannot take
 * rampart down) under Pulumi's mock runtime, `pulumi.runtime.setMocks` on the program's OWN
 * `@pulumi/pulumi` (resolved from the program folder), as a preview (`dryRun`) of stack
 * `<stack>` with the stack's config passed as the language host passes it (`PULUMI_CONFIG`,
 * `PULUMI_CONFIG_SECRET_KEYS`).
 *
 * The program is loaded by the Node.js language host's own loader, `run()` of the program's
 * `@pulumi/pulumi/cmd/run/run.js` (what `pulumi preview` runs): the program's tsconfig.json (or
 * `runtime.options.tsconfig`) and module type, its ts-node (else the SDK's vendored one), ESM
 * through `import()` when package.json has `"type": "module"`, `main`/`exports` entry points,
 * `runtime.options.typescript: false` and `nodeargs` (e.g. `--import tsx`). Type checking is off
 * (`PULUMI_NODEJS_TRANSPILE_ONLY`), as `pulumi preview` with a separate `tsc` step would be.
 * esbuild is only a fallback, file by file (never a bundle), so `__dirname`, default imports and
 * function serialization (`aws.lambda.CallbackFunction`) behave as in Node: ESM TypeScript
 * programs without ts-node/esm get esbuild loader hooks; SDKs without the host loader get a
 * CommonJS require hook.
 *
 * Mocks: a resource gets id `<name>_id` and its state is its inputs; values a provider would compute
 * (an ARN) are absent and so unknown during the preview, as in a real first preview. Invokes are
 * answered from the invoke catalogue (invokes.ts); others return no values. See program-record.ts
 * for what is recorded and how it is checked.
 */
import { trackTempDir } from "../lifecycle";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { InputError } from "../errors";
import { runChild } from "./child";
import { ESM_HOOKS, NODEJS_RUNNER } from "./nodejs-runner";
import { finishRun, programConfigEnv, writeJobFile } from "./program-record";
import type { CheckInput } from "./stack-export";
import type { Project } from "./project";

function hasModule(name: string, dir: string): boolean {
  try {
    require.resolve(name, { paths: [dir] });
    return true;
  } catch {
    return false;
  }
}

/** The program's entry file: Pulumi.yaml `main`, then package.json `main`, then index.ts / index.js. */
export function programEntry(project: Project): string {
  const base = project.main ?? project.dir;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  let main: string | undefined;
  try {
    main = JSON.parse(fs.readFileSync(path.join(base, "package.json"), "utf8")).main;
  } catch {
    main = undefined;
  }
  const candidates = [main && path.resolve(base, main), ...["index.ts", "index.js", "index.mts", "index.mjs"].map((f) => path.join(base, f))];
  for (const c of candidates) if (c && fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new InputError(`${project.dir}: cannot find the program's entry (no main in package.json, no index.ts or index.js)`);
}

/** The nearest package.json at or above `dir` (the language host's package root), parsed. */
function packageJsonOf(dir: string): Record<string, unknown> {
  for (let d = dir; ; d = path.dirname(d)) {
    const f = path.join(d, "package.json");
    if (fs.existsSync(f)) {
      try {
        return JSON.parse(fs.readFileSync(f, "utf8"));
      } catch (e) {
        throw new InputError(`${f} is not JSON: ${(e as Error).message}`);
      }
    }
    if (path.dirname(d) === d) return {};
  }
}

/** Options for running a program. */
export interface RunProgramOptions {
  /** Milliseconds before the program is stopped (default 120 000). */
  timeoutMs?: number;
}

/**
 * Runs the program under mocks and converts what it registered.
 * @throws InputError (exit 2) when the program cannot be compiled, throws, or does not finish in
 * time: the program's own message (several lines if it has them), the resource being registered
 * and the program file and line where known, and the lookup without an offline result it read.
 */
export async function fromNodejsProgram(project: Project, opts: RunProgramOptions = {}): Promise<CheckInput> {
  const entry = programEntry(project);
  if (!hasModule("@pulumi/pulumi", project.dir)) {
    throw new InputError(`${project.dir}: cannot find @pulumi/pulumi from the program folder (run 'npm install' there)`);
  }
  const ro = project.runtimeOptions;
  const typescript = ro.typescript !== false;
  const pkgDir = project.main && fs.existsSync(project.main) && fs.statSync(project.main).isDirectory() ? project.main : path.dirname(entry);
  const isModule = packageJsonOf(pkgDir).type === "module";
  const isTs = /\.[mc]?tsx?$/.test(entry);
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [project.dir] }));
  const nodeargs = typeof ro.nodeargs === "string" ? ro.nodeargs.split(/\s+/).filter(Boolean) : [];
  // The host's ESM mode needs ts-node/esm (from the SDK's location); without it, esbuild hooks.
  const esmFallback = isModule && isTs && typescript && !nodeargs.length && !hasModule("ts-node/esm", pulumiDir);
  let esbuild: string | undefined;
  try {
    esbuild = require.resolve("esbuild");
  } catch {
    esbuild = undefined;
  }
  if (esmFallback && !esbuild)
    throw new InputError(`cannot run ${entry}: an ES module TypeScript program needs ts-node in the program or esbuild beside rampart`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-program-"));
  const untrackTmp = trackTempDir(tmp);
  try {
    let esmHooks: string | undefined;
    if (esmFallback) {
      esmHooks = path.join(tmp, "hooks.mjs");
      fs.writeFileSync(esmHooks, ESM_HOOKS);
    }
    const { jobFile, resultFile } = writeJobFile(tmp, project, {
      dir: project.dir,
      entry,
      program: project.main ? path.relative(project.dir, project.main) || "." : ".",
      mode: "host",
      esbuild,
      esmHooks,
    });
    const runner = path.join(tmp, "runner.js");
    fs.writeFileSync(runner, NODEJS_RUNNER);
    const env: Record<string, string> = {
      ...programConfigEnv(project),
      PULUMI_NODEJS_TRANSPILE_ONLY: "true",
      PULUMI_NODEJS_TYPESCRIPT: typescript ? "true" : "false",
    };
    if (typeof ro.tsconfig === "string") env.PULUMI_NODEJS_TSCONFIG_PATH = ro.tsconfig;
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const outcome = await runChild(process.execPath, [...nodeargs, runner, jobFile, resultFile], project.dir, env, timeoutMs);
    return finishRun("nodejs-program", project, outcome, resultFile, timeoutMs, entry);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    untrackTmp();
  }
}
