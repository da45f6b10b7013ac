/**
 * A cached Python virtualenv for a Pulumi Python program's requirements.txt, made with the ordinary
 * clients (`python3 -m venv`, `pip install -r`), reused while requirements.txt is unchanged.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runChild, whichOnPath } from "./cli";
import { PACKAGE_DIR } from "./shims";

/** Default cache folder of virtualenvs (git-ignored). */
export const VENV_CACHE = path.join(PACKAGE_DIR, ".cache", "venvs");

/** A ready virtualenv. */
export interface PythonVenv {
  /** Folder of the virtualenv. */
  dir: string;
  /** Its python executable. */
  python: string;
  /** True when it was made by this call (false: reused from the cache). */
  created: boolean;
  /** Milliseconds spent making it (0 when reused). */
  durationMs: number;
}

/** Thrown when no python3 is found or the virtualenv cannot be made. */
export class PythonVenvError extends Error {}

/**
 * A virtualenv with `requirementsFile` installed, from `cacheRoot` (keyed by the file's SHA-256) or
 * made there. Each child process has `timeoutMs` (default 15 minutes).
 * @throws PythonVenvError when python3 is missing or venv/pip fail.
 */
export async function ensurePythonVenv(requirementsFile: string, cacheRoot: string = VENV_CACHE, timeoutMs = 900_000): Promise<PythonVenv> {
  const key = createHash("sha256").update(readFileSync(requirementsFile)).digest("hex").slice(0, 16);
  const dir = path.join(cacheRoot, key);
  const python = path.join(dir, "bin", "python");
  if (existsSync(path.join(dir, ".rampart-complete")) && existsSync(python)) return { dir, python, created: false, durationMs: 0 };
  const python3 = whichOnPath("python3") ?? whichOnPath("python");
  if (!python3) throw new PythonVenvError("rampart: no python3 on PATH to make a virtualenv");
  const started = performance.now();
  mkdirSync(cacheRoot, { recursive: true });
  // Build beside the final folder and rename, so an interrupted install is never taken for a cached one.
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const step = async (cmd: string, args: string[], what: string) => {
    const r = await runChild(cmd, args, { timeoutMs, env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: "1" } });
    if (r.code !== 0) {
      rmSync(building, { recursive: true, force: true });
      throw new PythonVenvError(
        `rampart: ${what} failed${r.timedOut ? ` (timed out after ${timeoutMs} ms)` : ""}: ${(r.stderr || r.stdout).trim().split("\n").slice(-5).join("\n")}`,
      );
    }
  };
  await step(python3, ["-m", "venv", building], "python3 -m venv");
  await step(path.join(building, "bin", "python"), ["-m", "pip", "install", "--quiet", "-r", requirementsFile], "pip install");
  writeFileSync(path.join(building, ".rampart-complete"), `${new Date().toISOString()}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  // The venv's scripts name the folder they were made in; pip is not used again, python is resolved by path.
  return { dir, python, created: true, durationMs: performance.now() - started };
}

/**
 * The provider plugin version a Python SDK package in a virtualenv asks for: the `version` of its
 * `pulumi-plugin.json` (e.g. `pulumi_aws/pulumi-plugin.json`), else undefined.
 */
export function pythonSdkPluginVersion(venvDir: string, module: string): string | undefined {
  const lib = path.join(venvDir, "lib");
  if (!existsSync(lib)) return undefined;
  for (const py of readdirSync(lib)) {
    const file = path.join(lib, py, "site-packages", module, "pulumi-plugin.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version;
  }
  return undefined;
}
