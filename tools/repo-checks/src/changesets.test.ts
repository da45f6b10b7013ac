// Versioning with changesets: each package on its own (`changeset version` with the repository's
// own .changeset/config.json bumps package.json, writes CHANGELOG.md per package and updates
// internal dependency ranges), and the pull request check that every changed package has a
// changeset (scripts/check-changesets.mjs, run by .github/workflows/ci.yml).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./workspace";

let tmp: string;
let check: typeof import("../scripts/check-changesets.mjs", { with: { "resolution-mode": "import" } });

function write(root: string, file: string, content: string | object) {
  const f = path.join(root, file);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
}
const readJson = (root: string, file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
    stdio: "pipe",
  });

/** A small copy of the workspace's shape: a library, a pack bundling it, the CLI depending on the pack. */
function miniWorkspace(root: string) {
  write(root, "package.json", { name: "mini", private: true, workspaces: ["packages/*", "tools/*"] });
  write(root, ".changeset/config.json", fs.readFileSync(path.join(ROOT, ".changeset", "config.json"), "utf8"));
  write(root, ".changeset/README.md", "# Changesets\n");
  write(root, "packages/policy-core/package.json", { name: "@rampart/policy-core", version: "0.1.0" });
  write(root, "packages/policy-core/src/index.ts", "export const x = 1;\n");
  write(root, "packages/policy-testing/package.json", {
    name: "@rampart/policy-testing",
    version: "0.1.0",
    dependencies: { "@rampart/policy-core": "^0.1.0" },
  });
  write(root, "packages/aws-security/package.json", {
    name: "@rampart/aws-security",
    version: "0.1.0",
    scripts: { build: "node ../../tools/build-pack.mjs" },
    dependencies: { "@pulumi/policy": "1.21.0" },
    devDependencies: { "@rampart/policy-core": "^0.1.0", "@rampart/policy-testing": "^0.1.0" },
  });
  write(root, "packages/aws-security/PulumiPolicy.yaml", "runtime: nodejs\n");
  write(root, "packages/aws-security/src/policies/aws-s3-x.ts", "export default 1;\n");
  write(root, "tools/cli/package.json", { name: "@rampart/cli", version: "0.1.0", dependencies: { "@rampart/aws-security": "^0.1.0" } });
  write(root, "tools/repo-checks/package.json", { name: "@rampart/repo-checks", version: "0.0.0", private: true });
  // changesets resolves its changelog generator from the workspace.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
}

beforeAll(async () => {
  check = await import("../scripts/check-changesets.mjs");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-changesets-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("changeset version (the repository's config)", () => {
  it("versions each package on its own, writes per-package CHANGELOG.md and updates internal dependency ranges", () => {
    const root = path.join(tmp, "version");
    miniWorkspace(root);
    write(
      root,
      ".changeset/new-policy.md",
      '---\n"@rampart/aws-security": minor\n"@rampart/policy-core": minor\n---\n\nNew policy aws-s3-x and the helper it uses.\n',
    );
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "@changesets", "cli", "bin.js"), "version"], { cwd: root, stdio: "pipe" });

    expect(readJson(root, "packages/policy-core/package.json").version).toBe("0.2.0");
    expect(readJson(root, "packages/aws-security/package.json").version).toBe("0.2.0");
    // Internal ranges follow: the pack's (bundled) devDependency and the CLI's dependency.
    expect(readJson(root, "packages/aws-security/package.json").devDependencies["@rampart/policy-core"]).toBe("^0.2.0");
    expect(readJson(root, "tools/cli/package.json").dependencies["@rampart/aws-security"]).toBe("^0.2.0");
    // Dependents out of range get a patch release of their own; untouched packages keep theirs.
    expect(readJson(root, "tools/cli/package.json").version).toBe("0.1.1");
    expect(readJson(root, "packages/policy-testing/package.json").version).toBe("0.1.1");
    expect(readJson(root, "tools/repo-checks/package.json").version).toBe("0.0.0");
    const changelog = fs.readFileSync(path.join(root, "packages/aws-security/CHANGELOG.md"), "utf8");
    expect(changelog).toContain("## 0.2.0");
    expect(changelog).toContain("New policy aws-s3-x and the helper it uses.");
    expect(fs.existsSync(path.join(root, "tools/cli/CHANGELOG.md"))).toBe(true);
    expect(fs.existsSync(path.join(root, ".changeset/new-policy.md"))).toBe(false); // consumed
  });
});

describe("check-changesets.mjs", () => {
  it("reads a changeset's front matter", () => {
    expect(check.changesetPackages("---\n\"@rampart/cli\": minor\n'@rampart/aws-security': patch\n@rampart/policy-core: major\n---\n\nText: minor\n")).toEqual([
      "@rampart/cli",
      "@rampart/aws-security",
      "@rampart/policy-core",
    ]);
    expect(check.changesetPackages("no front matter")).toEqual([]);
  });

  it("asks for a changeset for every changed published package, and for packs that bundle a changed library", () => {
    const root = path.join(tmp, "check");
    miniWorkspace(root);
    fs.rmSync(path.join(root, "node_modules"));
    git(root, "init", "-q", "-b", "main");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "base");
    git(root, "checkout", "-q", "-b", "feature");
    const script = path.join(ROOT, "tools", "repo-checks", "scripts", "check-changesets.mjs");
    const run = () => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [script, "--base", "main"], { cwd: root, encoding: "utf8", stdio: "pipe" }) };
      } catch (e: any) {
        return { code: e.status as number, out: `${e.stdout}${e.stderr}` };
      }
    };

    // Tests, fixtures and private packages need no changeset.
    write(root, "packages/aws-security/src/policies/aws-s3-x.fixtures.ts", "export default [];\n");
    write(root, "tools/repo-checks/src/a.ts", "export {};\n");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "tests");
    expect(run()).toMatchObject({ code: 0, out: "No published package changed; no changeset needed.\n" });

    // A policy changes: the pack needs a changeset.
    write(root, "packages/aws-security/src/policies/aws-s3-x.ts", "export default 2;\n");
    git(root, "commit", "-q", "-am", "policy");
    let r = run();
    expect(r.code).toBe(1);
    expect(r.out).toContain("  @rampart/aws-security\n");
    expect(r.out).toContain("npx changeset");

    write(root, ".changeset/x.md", '---\n"@rampart/aws-security": patch\n---\n\nFix.\n');
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "changeset");
    expect(run()).toMatchObject({ code: 0, out: "Every changed package has a changeset: @rampart/aws-security\n" });

    // Only policy-core changes: it and the pack that bundles it need one (a devDependency bumps nothing by itself).
    git(root, "checkout", "-q", "-b", "core-fix", "main");
    write(root, "packages/policy-core/src/index.ts", "export const x = 2;\n");
    write(root, ".changeset/y.md", '---\n"@rampart/policy-core": patch\n---\n\nFix.\n');
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "core");
    const files = execFileSync("git", ["diff", "--name-only", "main...HEAD"], { cwd: root, encoding: "utf8" }).trim().split("\n");
    expect(check.checkChangesets(root, files).missing).toEqual(["@rampart/aws-security"]);
    r = run();
    expect(r.code).toBe(1);
    expect(r.out).toContain("  @rampart/aws-security (bundles @rampart/policy-core)\n");
    write(root, ".changeset/y.md", '---\n"@rampart/policy-core": patch\n"@rampart/aws-security": patch\n---\n\nFix.\n');
    git(root, "commit", "-q", "-am", "changeset for both");
    expect(run().code).toBe(0);
  });

  it("fails with a usage error on a bad base ref", () => {
    const r = (() => {
      try {
        execFileSync(process.execPath, [path.join(ROOT, "tools", "repo-checks", "scripts", "check-changesets.mjs"), "--base", "no-such-ref-xyz"], {
          cwd: ROOT,
          stdio: "pipe",
        });
        return 0;
      } catch (e: any) {
        return e.status;
      }
    })();
    expect(r).toBe(2);
  });
});
