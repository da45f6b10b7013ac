/**
 * The rampart workspace as the repository checks see it: where the root is, which workspace
 * packages are policy packs, and each pack's policy files.
 *
 * A package is a policy pack when its package.json lists the keyword `policy-pack` or its folder
 * holds a PulumiPolicy.yaml (the checks require both, so neither can be forgotten).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The repository root (two levels above tools/repo-checks/src). */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

/** One workspace package. */
export interface WorkspacePackage {
  dir: string;
  /** Folder path relative to the root, e.g. `packages/aws-security`. */
  rel: string;
  pkg: Record<string, any>;
}

/** Every workspace package (root package.json `workspaces`, `dir/*` patterns). */
export function workspacePackages(root = ROOT): WorkspacePackage[] {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const out: WorkspacePackage[] = [];
  for (const pattern of rootPkg.workspaces as string[]) {
    const bases = pattern.endsWith("/*")
      ? fs
          .readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => path.join(root, pattern.slice(0, -2), d.name))
      : [path.join(root, pattern)];
    for (const dir of bases.sort()) {
      const file = path.join(dir, "package.json");
      if (!fs.existsSync(file)) continue;
      out.push({ dir, rel: path.relative(root, dir).split(path.sep).join("/"), pkg: JSON.parse(fs.readFileSync(file, "utf8")) });
    }
  }
  return out;
}

/** Whether a package is a policy pack (keyword `policy-pack` or a PulumiPolicy.yaml). */
export function isPack(p: WorkspacePackage): boolean {
  return (Array.isArray(p.pkg.keywords) && p.pkg.keywords.includes("policy-pack")) || fs.existsSync(path.join(p.dir, "PulumiPolicy.yaml"));
}

/** The workspace's policy packs. */
export function packs(root = ROOT): WorkspacePackage[] {
  return workspacePackages(root).filter(isPack);
}

/** The Pulumi pack name a pack is published under: its npm name without the scope. */
export function packNameOf(p: WorkspacePackage): string {
  return String(p.pkg.name).replace(/^@[^/]+\//, "");
}

/** `PACK_NAME = "..."` as written in the pack's src/policies.ts, if any. */
export function declaredPackName(p: WorkspacePackage): string | undefined {
  const file = path.join(p.dir, "src", "policies.ts");
  if (!fs.existsSync(file)) return undefined;
  return /export const PACK_NAME\s*=\s*"([^"]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
}

/** Policy source files of a pack: `src/policies/<name>.ts` without fixtures and tests, by name. */
export function policyFiles(p: WorkspacePackage): string[] {
  const dir = path.join(p.dir, "src", "policies");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".fixtures.ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .map((f) => f.slice(0, -3))
    .sort();
}
