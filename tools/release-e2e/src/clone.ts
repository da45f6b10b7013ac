/**
 * A temporary clone of the workspace for the release steps: the files git knows (tracked and
 * untracked-but-not-ignored, so a developer's uncommitted work is what gets released), committed
 * into a fresh git repository (changesets tags releases there), and the installed dependencies
 * linked from the source checkout instead of a second `npm ci` (which would download ~600 MB).
 *
 * node_modules of the clone is a real folder: `@rampart/*` are relative symlinks into the clone's
 * own packages (as npm workspaces lays them out), every other entry is a symlink to the source
 * checkout's installed package, and nested `<package>/node_modules` folders link the same way.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** git with a fixed identity, never a pager or a prompt. */
export function git(cwd: string, args: readonly string[]): string {
  return execFileSync("git", ["-c", "user.name=rampart release test", "-c", "user.email=release-test@rampart.invalid", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat" },
  });
}

/** Files of the checkout as git lists them: tracked and untracked, minus ignored and deleted ones. */
export function workspaceFiles(src: string): string[] {
  return git(src, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
    .split("\0")
    .filter((f) => f && fs.existsSync(path.join(src, f)) && !fs.lstatSync(path.join(src, f)).isDirectory());
}

function linkNodeModules(srcModules: string, destModules: string, destRoot: string): void {
  fs.mkdirSync(destModules, { recursive: true });
  for (const entry of fs.readdirSync(srcModules, { withFileTypes: true })) {
    const from = path.join(srcModules, entry.name);
    const to = path.join(destModules, entry.name);
    if (entry.name === "@rampart") {
      // Workspace links: keep npm's relative targets so they point into the clone's packages.
      fs.mkdirSync(to);
      for (const ws of fs.readdirSync(from)) {
        const link = path.join(from, ws);
        const target = fs.lstatSync(link).isSymbolicLink() ? fs.readlinkSync(link) : link;
        const resolved = path.resolve(to, target);
        if (!resolved.startsWith(destRoot + path.sep)) throw new Error(`${link} does not point into the workspace`);
        fs.symlinkSync(target, path.join(to, ws));
      }
    } else {
      fs.symlinkSync(from, to);
    }
  }
}

/**
 * Copies `src` (a git checkout with `npm ci` done) to the empty folder `dest`, commits it as
 * `main`, and links its dependencies. Returns the clone's commit.
 */
export function cloneWorkspace(src: string, dest: string): string {
  for (const f of workspaceFiles(src)) {
    const to = path.join(dest, f);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(src, f), to);
    fs.chmodSync(to, fs.statSync(path.join(src, f)).mode);
  }
  git(dest, ["init", "-q", "-b", "main"]);
  git(dest, ["add", "-A"]);
  git(dest, ["commit", "-q", "--no-verify", "-m", "rampart release test: clone of the workspace"]);
  linkNodeModules(path.join(src, "node_modules"), path.join(dest, "node_modules"), dest);
  // Nested node_modules of workspace packages (npm puts conflicting versions there).
  const workspaces: string[] = JSON.parse(fs.readFileSync(path.join(src, "package.json"), "utf8")).workspaces ?? [];
  for (const pattern of workspaces) {
    const base = pattern.replace(/\/\*$/, "");
    const dirs = pattern.endsWith("/*") ? fs.readdirSync(path.join(src, base)).map((d) => path.join(base, d)) : [base];
    for (const d of dirs) {
      const nested = path.join(src, d, "node_modules");
      if (fs.existsSync(nested) && fs.existsSync(path.join(dest, d))) fs.symlinkSync(nested, path.join(dest, d, "node_modules"));
    }
  }
  return git(dest, ["rev-parse", "HEAD"]).trim();
}
