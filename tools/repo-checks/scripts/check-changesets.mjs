#!/usr/bin/env node
// Pull request check: every published package (not "private") with a changed file has a changeset
// added or changed in the pull request. `changeset status` only checks that SOME changeset exists,
// so this script compares package by package.
//
// Usage: node tools/repo-checks/scripts/check-changesets.mjs [--base <git ref>] [--root <dir>]
//   --base  the branch the pull request merges into (default origin/main); the diff is
//           <base>...HEAD (from the merge base).
// Exit codes: 0 all covered, 1 a package lacks a changeset, 2 usage or git error.
//
// Files that do not change what is published are ignored: tests (*.test.ts), fixtures
// (*.fixtures.ts), vitest configs and CHANGELOG.md. Plain Node, no dependencies: CI runs it
// before `npm ci`.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

/** Changed files that never need a changeset. */
export const IGNORED = [/\.test\.[cm]?[jt]s$/, /\.fixtures\.[cm]?[jt]s$/, /(^|\/)vitest\.config\.[cm]?[jt]s$/, /(^|\/)CHANGELOG\.md$/];

/** Files changed between the merge base of `base` and HEAD, as repository-relative paths. */
export function changedFiles(root, base) {
  const out = execFileSync("git", ["diff", "--name-only", `${base}...HEAD`], { cwd: root, encoding: "utf8" });
  return out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Workspace libraries a package inlines into its build: a pack (`build` runs tools/build-pack.mjs)
 * bundles the @rampart/* libraries it imports, which are devDependencies (policy-core); a change
 * there changes the pack's published code, but changesets never bumps a package for a
 * devDependency. @rampart/policy-testing is for tests only and is not bundled.
 */
export function bundledLibraries(pkg) {
  if (!String(pkg.scripts?.build ?? "").includes("build-pack.mjs")) return [];
  return Object.keys(pkg.devDependencies ?? {}).filter((d) => d.startsWith("@rampart/") && d !== "@rampart/policy-testing");
}

/** Workspace packages: `{ name, dir, private, bundles }` with `dir` relative to the root (`packages/x`). */
export function workspacePackages(root) {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const out = [];
  for (const pattern of rootPkg.workspaces ?? []) {
    const dirs = pattern.endsWith("/*")
      ? fs.existsSync(path.join(root, pattern.slice(0, -2)))
        ? fs.readdirSync(path.join(root, pattern.slice(0, -2))).map((d) => `${pattern.slice(0, -2)}/${d}`)
        : []
      : [pattern];
    for (const dir of dirs) {
      const file = path.join(root, dir, "package.json");
      if (!fs.existsSync(file)) continue;
      const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
      out.push({ name: pkg.name, dir, private: !!pkg.private, bundles: bundledLibraries(pkg) });
    }
  }
  return out;
}

/** Package names listed in a changeset's front matter (`"@rampart/x": minor`). */
export function changesetPackages(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return [];
  return m[1]
    .split(/\r?\n/)
    .map((l) => /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(l))
    .filter(Boolean)
    .map((x) => x[1].trim());
}

/**
 * The check itself: published packages with a relevant changed file, and packs that bundle such a
 * library, minus those named by a changeset file (`.changeset/*.md`) among the changed files.
 * @returns `{ changed, covered, missing }` package names and `via` (pack → bundled library).
 */
export function checkChangesets(root, files) {
  const pkgs = workspacePackages(root).filter((p) => !p.private);
  const relevant = files.filter((f) => !IGNORED.some((re) => re.test(f)));
  const direct = pkgs.filter((p) => relevant.some((f) => f.startsWith(`${p.dir}/`))).map((p) => p.name);
  /** Package name → the changed library it bundles, for packs that changed only through one. */
  const via = new Map();
  for (const p of pkgs) {
    if (direct.includes(p.name)) continue;
    const lib = p.bundles.find((b) => direct.includes(b));
    if (lib) via.set(p.name, lib);
  }
  const changed = [...direct, ...via.keys()];
  const covered = new Set();
  for (const f of files) {
    if (!/^\.changeset\/[^/]+\.md$/.test(f) || f === ".changeset/README.md") continue;
    const file = path.join(root, f);
    if (!fs.existsSync(file)) continue; // deleted (consumed) changeset
    for (const name of changesetPackages(fs.readFileSync(file, "utf8"))) covered.add(name);
  }
  return { changed, covered: [...covered], missing: changed.filter((n) => !covered.has(n)), via };
}

function main(argv) {
  let base = "origin/main";
  let root = process.cwd();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--base" && argv[i + 1]) base = argv[++i];
    else if (argv[i] === "--root" && argv[i + 1]) root = path.resolve(argv[++i]);
    else {
      process.stderr.write(`check-changesets: unknown argument '${argv[i]}'\nusage: check-changesets.mjs [--base <ref>] [--root <dir>]\n`);
      return 2;
    }
  }
  let files;
  try {
    files = changedFiles(root, base);
  } catch (e) {
    process.stderr.write(
      `check-changesets: git diff ${base}...HEAD failed: ${
        String(e.stderr || e.message)
          .trim()
          .split("\n")[0]
      }\n`,
    );
    return 2;
  }
  const { changed, missing, via } = checkChangesets(root, files);
  if (changed.length === 0) {
    process.stdout.write("No published package changed; no changeset needed.\n");
    return 0;
  }
  if (missing.length === 0) {
    process.stdout.write(`Every changed package has a changeset: ${changed.join(", ")}\n`);
    return 0;
  }
  process.stderr.write(
    `These packages changed but no changeset in this pull request names them:\n${missing.map((n) => `  ${n}${via.has(n) ? ` (bundles ${via.get(n)})` : ""}`).join("\n")}\n` +
      "Run `npx changeset`, pick the packages and the bump (patch: fix, minor: new policy or option, major: a policy that now fails what passed), describe the change, and commit the file in .changeset/.\n",
  );
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
