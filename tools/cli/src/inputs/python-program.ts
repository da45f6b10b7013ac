/**
 * Checking a Python Pulumi program (`runtime: python`) offline: `__main__.py` (or the `main:`
 * folder/file) runs in the program's own Python under `pulumi.runtime.set_mocks`, as a preview of
 * stack `<stack>`, recorded and checked like a TypeScript program (program-record.ts).
 *
 * Which Python, as the Python language host chooses it:
 * 1. `runtime.options.virtualenv` (relative to the project folder);
 * 2. `runtime.options.toolchain: uv` → `.venv`; `toolchain: poetry` → `poetry env info --path`
 *    when poetry is installed, else `.venv`;
 * 3. a `venv/` or `.venv/` folder in the project;
 * 4. the active virtualenv (`VIRTUAL_ENV`);
 * 5. `python3` on PATH.
 * The program's dependencies (`pulumi`, `pulumi-aws`, ...) must be installed there; rampart
 * installs nothing.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { InputError } from "../errors";
import { trackTempDir } from "../lifecycle";
import { runChild, tailOf } from "./child";
import { finishRun, programConfigEnv, writeJobFile } from "./program-record";
import type { CheckInput } from "./stack-export";
import type { Project } from "./project";
import { PYTHON_RUNNER } from "./python-runner";
import type { RunProgramOptions } from "./nodejs-program";

function pythonIn(venv: string): string | undefined {
  for (const p of [path.join(venv, "bin", "python"), path.join(venv, "Scripts", "python.exe")]) if (fs.existsSync(p)) return p;
  return undefined;
}

/**
 * The Python interpreter for a project (see the module comment for the order).
 * @throws InputError when a configured virtualenv does not exist.
 */
export function pythonFor(project: Project): string {
  const ro = project.runtimeOptions;
  const toolchain = typeof ro.toolchain === "string" ? ro.toolchain : "pip";
  const named = (venv: string, why: string) => {
    const dir = path.resolve(project.dir, venv);
    const py = pythonIn(dir);
    if (!py)
      throw new InputError(
        `${project.file}: ${why} ${dir} has no Python (create it and install the program's requirements, e.g. 'python3 -m venv ${venv} && ${venv}/bin/pip install -r requirements.txt')`,
      );
    return py;
  };
  if (typeof ro.virtualenv === "string" && ro.virtualenv) return named(ro.virtualenv, "virtualenv");
  if (toolchain === "poetry") {
    try {
      const out = execFileSync("poetry", ["env", "info", "--path"], {
        cwd: project.dir,
        timeout: 20_000,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
      if (out && pythonIn(out)) return pythonIn(out)!;
    } catch {
      // poetry not installed or no environment: the in-project one below
    }
  }
  if (toolchain === "uv" || toolchain === "poetry") {
    const py = pythonIn(path.join(project.dir, ".venv"));
    if (py) return py;
  }
  for (const v of ["venv", ".venv"]) {
    const py = pythonIn(path.join(project.dir, v));
    if (py) return py;
  }
  const active = process.env.VIRTUAL_ENV && pythonIn(process.env.VIRTUAL_ENV);
  if (active) return active;
  if (toolchain === "uv" || toolchain === "poetry") {
    throw new InputError(
      `${project.file}: toolchain ${toolchain} but no environment in ${path.join(project.dir, ".venv")} (run '${toolchain === "uv" ? "uv sync" : "poetry install"}' there)`,
    );
  }
  return "python3";
}

/** The program file or folder `runpy` runs: Pulumi.yaml `main` or the project folder (its `__main__.py`). */
function pythonProgram(project: Project): string {
  const target = project.main ?? project.dir;
  const file = fs.existsSync(target) && fs.statSync(target).isDirectory() ? path.join(target, "__main__.py") : target;
  if (!fs.existsSync(file)) throw new InputError(`${project.dir}: cannot find the program's entry ${file}`);
  return target;
}

/**
 * Runs a Python program under mocks and converts what it registered.
 * @throws InputError (exit 2) when there is no usable Python or SDK, or the program fails (its own
 * exception message, file and line, the resource being registered, the lookup it read).
 */
export async function fromPythonProgram(project: Project, opts: RunProgramOptions = {}): Promise<CheckInput> {
  const python = pythonFor(project);
  const program = pythonProgram(project);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-program-"));
  const untrackTmp = trackTempDir(tmp);
  try {
    const { jobFile, resultFile } = writeJobFile(tmp, project, {
      dir: project.dir,
      program,
    });
    const runner = path.join(tmp, "runner.py");
    fs.writeFileSync(runner, PYTHON_RUNNER);
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const env = { ...programConfigEnv(project), PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1" };
    const outcome = await runChild(python, [runner, jobFile, resultFile], project.dir, env, timeoutMs);
    const entry = fs.statSync(program).isDirectory() ? path.join(program, "__main__.py") : program;
    return finishRun("python-program", project, outcome, resultFile, timeoutMs, entry, (output) =>
      /ENOENT|not found/.test(output) && python === "python3"
        ? "no python3 on PATH and no virtualenv for the program"
        : tailOf(output) || "it exited without a result",
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    untrackTmp();
  }
}
