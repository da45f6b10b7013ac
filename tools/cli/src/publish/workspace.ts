/**
 * Finding the policy packs of the rampart workspace: every workspace package folder (root
 * package.json `workspaces`, patterns of the form `dir/*` or `dir`) that holds a
 * PulumiPolicy.yaml. The Pulumi pack name is the package name without its npm scope
 * (`@rampart/aws-security` → `aws-security`); tools/repo-checks enforces that it equals the
 * pack's `PACK_NAME`, and the version is package.json's (no PulumiPolicy.yaml carries one).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../errors";

/** One policy pack of the workspace. */
export interface WorkspacePack {
  /** Pulumi pack name, e.g. `aws-security`. */
  name: string;
  /** npm package name, e.g. `@rampart/aws-security`. */
  packageName: string;
  /** package.json `version`: what GetAnalyzerInfo reports and `pulumi policy publish` publishes. */
  version: string;
  /** Absolute pack folder. */
  dir: string;
}

/** Semantic version as npm writes it (no leading `v`). */
export const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * The workspace root: `start` or its nearest ancestor whose package.json has `workspaces`.
 * @throws InputError when there is none.
 */
export function findWorkspaceRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      try {
        if (readJson(pkg).workspaces) return dir;
      } catch {
        // not a readable package.json: keep looking upwards
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new InputError(`no npm workspace root (package.json with "workspaces") at or above ${path.resolve(start)}; pass --root`);
    dir = parent;
  }
}

/** Folders of the workspace's packages, in pattern order then name order. */
export function workspacePackageDirs(root: string): string[] {
  let patterns: unknown;
  try {
    patterns = readJson(path.join(root, "package.json")).workspaces;
  } catch (e) {
    throw new InputError(`cannot read ${path.join(root, "package.json")}: ${(e as Error).message}`);
  }
  const list = Array.isArray(patterns) ? patterns : Array.isArray((patterns as any)?.packages) ? (patterns as any).packages : [];
  const dirs: string[] = [];
  for (const p of list as string[]) {
    if (p.endsWith("/*")) {
      const base = path.join(root, p.slice(0, -2));
      if (!fs.existsSync(base)) continue;
      for (const entry of fs.readdirSync(base, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isDirectory() && fs.existsSync(path.join(base, entry.name, "package.json"))) dirs.push(path.join(base, entry.name));
      }
    } else if (fs.existsSync(path.join(root, p, "package.json"))) {
      dirs.push(path.join(root, p));
    }
  }
  return dirs;
}

/**
 * Every policy pack of the workspace (folders with PulumiPolicy.yaml), sorted by pack name.
 * @throws InputError when a pack's package.json is unreadable or has no name/version.
 */
export function discoverPacks(root: string): WorkspacePack[] {
  const packs: WorkspacePack[] = [];
  for (const dir of workspacePackageDirs(root)) {
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) continue;
    let pkg: any;
    try {
      pkg = readJson(path.join(dir, "package.json"));
    } catch (e) {
      throw new InputError(`cannot read ${path.join(dir, "package.json")}: ${(e as Error).message}`);
    }
    if (typeof pkg.name !== "string" || typeof pkg.version !== "string") {
      throw new InputError(`${path.join(dir, "package.json")} needs a name and a version`);
    }
    packs.push({ name: pkg.name.replace(/^@[^/]+\//, ""), packageName: pkg.name, version: pkg.version, dir });
  }
  return packs.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Narrows `packs` to the `--pack` values (pack name or npm package name), in the order given.
 * @throws InputError for a name that is not a pack of the workspace.
 */
export function selectPacks(packs: readonly WorkspacePack[], wanted: readonly string[] | undefined): WorkspacePack[] {
  if (!wanted || wanted.length === 0) return [...packs];
  const out: WorkspacePack[] = [];
  for (const w of wanted) {
    const p = packs.find((x) => x.name === w || x.packageName === w);
    if (!p) throw new InputError(`unknown pack '${w}' (packs in this workspace: ${packs.map((x) => x.name).join(", ") || "none"})`);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
