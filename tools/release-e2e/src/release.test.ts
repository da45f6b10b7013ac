// The release, end to end (`npm run test:release`; issue 19). What it proves:
//
// 1. A private registry (Verdaccio on loopback, no uplinks) serves the @rampart scope, mapped in a
//    temporary npmrc as an organization maps its private registry; everything else comes from the
//    usual registry.
// 2. The release workflow's steps, in a temporary clone: a first `npm run release` publishes every
//    package's current version; then a changeset for one pack, `npm run version-packages` and
//    `npm run release` publish only that pack's new version; a further `npm run release`
//    publishes nothing and succeeds. Pack tarballs hold only what a pack needs and depend only on
//    public packages.
// 3. A user in a fresh folder runs the README's own commands (`npx @rampart/cli install ...`,
//    `npm install --prefix .policy @rampart/aws-security`, `pulumi policy analyze --file ...`)
//    against that registry, then `rampart check --pack <installed dir>`; `--registry`,
//    NPM_CONFIG_REGISTRY, pinned versions and ranges work; an unknown pack or version is exit 2
//    with one line.
// 4. The organization side: the real Pulumi CLI logged in to a loopback stand-in of the Pulumi
//    Cloud policy-pack API, and `rampart publish --org acme --enable production` publishing every
//    pack through it; the uploaded archive is the pack (installed from the public registry alone
//    and started over the engine protocol); a rerun publishes nothing; a version the service
//    holds is skipped; a failure midway is resumed by the next run.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloneWorkspace, git } from "./clone";
import { PolicyCloud } from "./cloud";
import { locatePulumiCli, pulumiEnv, type PulumiCliLocation } from "./pulumi-cli";
import { startRegistry, type LocalRegistry } from "./registry";
import { explain, run, type RunResult } from "./run";

const REPO = path.resolve(__dirname, "..", "..", "..");
const PACKS = ["aws-security", "azure-security", "cost-optimization", "data-location", "gcp-security"] as const;
/** The pack the test's changeset bumps. */
const CHANGED = "data-location";
const EXAMPLE = path.join(REPO, "examples", "webapp-insecure", "stack.json");

const cliFound = locatePulumiCli();
const cli: PulumiCliLocation | undefined = "missing" in cliFound ? undefined : cliFound;
/** CI has the CLI (its nx build makes it); a developer without it gets a clear skip. */
const needCli = !!cli || !!process.env.CI;
if (!cli) console.warn(`[release test] ${(cliFound as { missing: string }).missing}; ${process.env.CI ? "failing (CI)" : "skipping the steps that need it"}`);
const requireCli = (): PulumiCliLocation => {
  if (!cli) throw new Error((cliFound as { missing: string }).missing);
  return cli;
};

let tmp: string;
let registry: LocalRegistry | undefined;
let cloud: PolicyCloud | undefined;
let clone: string;
/** Environment for npm and the repository's scripts: no inherited npm config, a temporary cache. */
let npmEnv: NodeJS.ProcessEnv;
/** Package name → version after the releases. */
const released = new Map<string, string>();
let user: string;

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // npm passes its own config to scripts as npm_config_*; the test sets npm's config itself.
    if (/^npm_/i.test(k) || /^NX_/.test(k) || /^PULUMI_/.test(k) || k === "INIT_CWD") continue;
    env[k] = v;
  }
  return { ...env, NX_DAEMON: "false", NX_NO_CLOUD: "true", NX_TUI: "false", FORCE_COLOR: "0", NO_COLOR: "1" };
}

/** Writes an npmrc and returns the env that uses it (plus `extra`). */
function envWithNpmrc(name: string, npmrc: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const file = path.join(tmp, `${name}.npmrc`);
  fs.writeFileSync(file, npmrc);
  return { ...npmEnv, NPM_CONFIG_USERCONFIG: file, ...extra };
}

async function packument(
  name: string,
): Promise<{ versions: Record<string, any>; "dist-tags": Record<string, string>; time: Record<string, string> } | undefined> {
  const res = await fetch(`${registry!.url}${name.replace("/", "%2f")}`, { signal: AbortSignal.timeout(10_000), headers: { accept: "application/json" } });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`registry answered ${res.status} for ${name}`);
  return (await res.json()) as any;
}

/** Public (non-private) packages of the clone: name → package.json. */
function publicPackages(): Map<string, any> {
  const out = new Map<string, any>();
  for (const base of ["packages", "tools"]) {
    for (const d of fs.readdirSync(path.join(clone, base))) {
      const f = path.join(clone, base, d, "package.json");
      if (!fs.existsSync(f)) continue;
      const pkg = JSON.parse(fs.readFileSync(f, "utf8"));
      if (!pkg.private) out.set(pkg.name, pkg);
    }
  }
  return out;
}

const expectOk = (r: RunResult) => expect(r.code, explain(r)).toBe(0);

/** Entries of a .tgz, via tar (asynchronous: the registry answers from this process). */
async function tarList(file: string): Promise<string[]> {
  const r = await run("tar", ["-tzf", file], { cwd: tmp, env: process.env, timeout: 30_000 });
  expectOk(r);
  return r.stdout.split("\n").filter(Boolean).sort();
}

async function download(url: string, to: string): Promise<void> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  fs.writeFileSync(to, Buffer.from(await res.arrayBuffer()));
}

/** The README's commands in the "Using a pack" section's sh block (comments stripped). */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Using a pack"));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("README.md has no ```sh block under '## Using a pack'");
  return block[1]
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** Logs how long a setup or cleanup step took (the CI log shows where the minutes go). */
async function timed<T>(what: string, f: () => T | Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await f();
  } finally {
    console.log(`[release test] ${what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-release-"));
  npmEnv = {
    ...baseEnv(),
    npm_config_cache: path.join(tmp, "npm-cache"),
    NPM_CONFIG_UPDATE_NOTIFIER: "false",
    NPM_CONFIG_FUND: "false",
    NPM_CONFIG_AUDIT: "false",
    NPM_CONFIG_LOGLEVEL: "warn",
  };
  // The clone's `npm run release` builds every package, @rampart/pulumi-cli too: it links the CLI
  // found here (its build.mjs honours RAMPART_PULUMI_CLI) instead of building one with Go again.
  if (cli) npmEnv.RAMPART_PULUMI_CLI = fs.realpathSync(cli.bin);
  registry = await timed("start Verdaccio", () => startRegistry(path.join(tmp, "registry")));
  npmEnv = envWithNpmrc("scoped", registry.scopedNpmrc);
  clone = path.join(tmp, "clone");
  fs.mkdirSync(clone);
  await timed("clone the workspace", () => cloneWorkspace(REPO, clone));
  // The linked nested node_modules are symlinks, which the repository's `node_modules/` rule does not match.
  fs.appendFileSync(path.join(clone, ".git", "info", "exclude"), "node_modules\n");
  user = path.join(tmp, "user");
  fs.mkdirSync(user);
}, 120_000);

afterAll(async () => {
  await timed("stop the servers and remove the temporary folder", async () => {
    await cloud?.stop();
    await registry?.stop();
    if (tmp) await fs.promises.rm(tmp, { recursive: true, force: true });
  });
  // Removing tens of thousands of installed files takes minutes on a busy 2-core machine.
}, 600_000);

describe("release to a private registry (changesets, in a temporary clone)", () => {
  it("a first npm run release publishes every public package at its current version", async () => {
    // The state right after a release: no changeset pending.
    for (const f of fs.readdirSync(path.join(clone, ".changeset"))) if (f.endsWith(".md") && f !== "README.md") fs.rmSync(path.join(clone, ".changeset", f));
    git(clone, ["commit", "-qa", "--allow-empty", "-m", "Release: no pending changesets"]);
    const r = await run("npm", ["run", "release"], { cwd: clone, env: npmEnv, timeout: 300_000 });
    expectOk(r);
    const pkgs = publicPackages();
    expect([...pkgs.keys()]).toEqual(expect.arrayContaining(PACKS.map((p) => `@rampart/${p}`)));
    for (const [name, pkg] of pkgs) {
      const doc = await packument(name);
      expect(Object.keys(doc?.versions ?? {}), name).toEqual([pkg.version]);
    }
  });

  it("a changeset for one pack: version-packages bumps it, release publishes only its new version", async () => {
    const before = publicPackages();
    const times = new Map<string, string>();
    for (const name of before.keys()) times.set(name, JSON.stringify((await packument(name))!.time));
    fs.writeFileSync(path.join(clone, ".changeset", "release-test.md"), `---\n"@rampart/${CHANGED}": patch\n---\n\nRelease test: a fix in ${CHANGED}.\n`);
    git(clone, ["add", "-A"]);
    git(clone, ["commit", "-qm", `${CHANGED}: a fix (with its changeset)`]);

    const v = await run("npm", ["run", "version-packages"], { cwd: clone, env: npmEnv, timeout: 120_000 });
    expectOk(v);
    const after = publicPackages();
    const old = before.get(`@rampart/${CHANGED}`).version as string;
    const [maj, min, pat] = old.split(".").map(Number);
    expect(after.get(`@rampart/${CHANGED}`).version).toBe(`${maj}.${min}.${pat + 1}`);
    expect(fs.readFileSync(path.join(clone, "packages", CHANGED, "CHANGELOG.md"), "utf8")).toContain(`Release test: a fix in ${CHANGED}.`);
    const lock = JSON.parse(fs.readFileSync(path.join(clone, "package-lock.json"), "utf8"));
    expect(lock.packages[`packages/${CHANGED}`].version).toBe(after.get(`@rampart/${CHANGED}`).version);
    // The Version Packages pull request, merged.
    git(clone, ["add", "-A"]);
    git(clone, ["commit", "-qm", "Version Packages"]);

    const r = await run("npm", ["run", "release"], { cwd: clone, env: npmEnv, timeout: 300_000 });
    expectOk(r);
    for (const [name, pkg] of after) {
      const doc = (await packument(name))!;
      if (pkg.version === before.get(name).version) {
        // Not republished: the registry's record of the package is untouched.
        expect(JSON.stringify(doc.time), name).toBe(times.get(name));
      } else {
        expect(Object.keys(doc.versions).sort(), name).toEqual([before.get(name).version, pkg.version].sort());
        expect(doc["dist-tags"].latest).toBe(pkg.version);
      }
      released.set(name, pkg.version);
    }
    for (const p of PACKS) if (p !== CHANGED) expect(released.get(`@rampart/${p}`)).toBe(before.get(`@rampart/${p}`).version);
    expect(
      git(clone, ["tag", "--list", `@rampart/${CHANGED}@*`])
        .trim()
        .split("\n"),
    ).toHaveLength(2);
  });

  it("a second npm run release publishes nothing and succeeds", async () => {
    const times = new Map<string, string>();
    for (const name of released.keys()) times.set(name, JSON.stringify((await packument(name))!.time));
    const r = await run("npm", ["run", "release"], { cwd: clone, env: npmEnv, timeout: 300_000 });
    expectOk(r);
    expect(r.stdout + r.stderr).toMatch(/No unpublished projects to publish/);
    for (const name of released.keys()) expect(JSON.stringify((await packument(name))!.time), name).toBe(times.get(name));
  });

  it.each(PACKS.map((p) => [p]))("the %s tarball holds only what a pack needs and depends only on public packages", async (pack) => {
    const name = `@rampart/${pack}`;
    const doc = (await packument(name))!;
    const meta = doc.versions[released.get(name)!];
    const file = path.join(tmp, `${pack}-registry.tgz`);
    await download(meta.dist.tarball, file);
    const entries = await tarList(file);
    const allowed = /^package\/(package\.json|PulumiPolicy\.yaml|README\.md|LICENSE|CHANGELOG\.md|dist\/.+|docs\/.+)$/;
    expect(entries.filter((e) => !allowed.test(e))).toEqual([]);
    for (const f of ["package/package.json", "package/PulumiPolicy.yaml", "package/README.md", "package/dist/index.js"]) expect(entries).toContain(f);
    expect(entries.filter((e) => /\.(test|fixtures)\.|\/src\//.test(e))).toEqual([]);
    // Runtime dependencies: registry packages by version range, none of the private scope.
    const deps: Record<string, string> = { ...meta.dependencies, ...meta.peerDependencies, ...meta.optionalDependencies };
    expect(Object.keys(deps).length).toBeGreaterThan(0);
    for (const [dep, range] of Object.entries(deps)) {
      expect(dep.startsWith("@rampart/"), `${pack} depends on ${dep}`).toBe(false);
      expect(range, `${pack} → ${dep}`).not.toMatch(/^(file|link|workspace|git|github|http|https):|\//);
    }
  });
});

describe("install by name from the registry, as a user", () => {
  it("runs the README's commands: npx @rampart/cli install, npm install --prefix .policy, pulumi policy analyze", async () => {
    const commands = readmeCommands();
    const kinds = { rampartInstall: 0, npmPrefix: 0, analyze: 0 };
    fs.copyFileSync(EXAMPLE, path.join(user, "stack.json"));
    for (const line of commands) {
      const [cmd, ...args] = line.split(/\s+/);
      if (cmd === "npx" && args[0] === "@rampart/cli" && args[1] === "install") {
        kinds.rampartInstall++;
        const r = await run(cmd, ["--yes", ...args], { cwd: user, env: npmEnv, timeout: 180_000 });
        expectOk(r);
        for (const p of args.slice(2)) {
          expect(r.stdout).toContain(`Installed @rampart/${p} ${released.get(`@rampart/${p}`)}`);
          expect(fs.existsSync(path.join(user, "policy-packs", `${p}.config.json`))).toBe(true);
        }
      } else if (cmd === "npm" && args[0] === "install" && args.includes("--prefix")) {
        kinds.npmPrefix++;
        expectOk(await run(cmd, args, { cwd: user, env: npmEnv, timeout: 180_000 }));
        const prefix = args[args.indexOf("--prefix") + 1];
        for (const spec of args.filter((a) => a.startsWith("@rampart/"))) {
          const pkg = JSON.parse(fs.readFileSync(path.join(user, prefix, "node_modules", spec, "package.json"), "utf8"));
          expect(pkg.version).toBe(released.get(spec));
        }
      } else if (cmd === "pulumi" && args[0] === "policy" && args[1] === "analyze") {
        kinds.analyze++;
        if (!needCli) continue;
        const c = requireCli();
        const r = await run(c.bin, args, { cwd: user, env: pulumiEnv(path.join(tmp, "pulumi-home-user"), npmEnv), timeout: 120_000 });
        // The insecure example has mandatory violations: non-zero exit, the pack's block in the summary.
        expect(r.code, explain(r)).not.toBe(0);
        expect(r.stdout, explain(r)).toContain(`❌ aws-security@v${released.get("@rampart/aws-security")}`);
        expect(r.stdout).toMatch(/\[mandatory\].*aws-ec2-disallow-open-ssh/);
      }
    }
    expect(kinds, `README commands: ${commands.join(" | ")}`).toEqual({ rampartInstall: 1, npmPrefix: 1, analyze: 1 });
  });

  it.runIf(needCli)("the installed folders run under the real Pulumi CLI, each pack at its released version", async () => {
    const c = requireCli();
    const args = ["policy", "analyze", "--file", "stack.json"];
    for (const p of PACKS) args.push("--policy-pack", `policy-packs/node_modules/@rampart/${p}`, "--policy-pack-config", `policy-packs/${p}.config.json`);
    const r = await run(c.bin, args, { cwd: user, env: pulumiEnv(path.join(tmp, "pulumi-home-user"), npmEnv), timeout: 120_000 });
    expect(r.code, explain(r)).not.toBe(0);
    expect(r.stdout, explain(r)).toContain(`❌ aws-security@v${released.get("@rampart/aws-security")}`);
    for (const p of PACKS) expect(r.stdout, explain(r)).toMatch(new RegExp(`(❌|⚠️|✅) ${p}@v${released.get(`@rampart/${p}`)!.replace(/\./g, "\\.")}`));
  });

  // From here on the user runs the CLI that `npx @rampart/cli` installed above (no npx lookup each time).
  const rampart = async (args: string[], env: NodeJS.ProcessEnv) =>
    run(process.execPath, [await findCachedRampart(), ...args], { cwd: user, env, timeout: 180_000 });

  it("rampart check --pack <installed dir> runs the installed packs", async () => {
    const r = await rampart(["check", "stack.json", ...PACKS.flatMap((p) => ["--pack", `policy-packs/node_modules/@rampart/${p}`])], npmEnv);
    expect(r.code, explain(r)).toBe(1);
    expect(r.stdout).toContain(`aws-security v${released.get("@rampart/aws-security")}`);
    expect(r.stdout).toMatch(/\[mandatory\].*aws-ec2-disallow-open-ssh/);
  });

  it("a pinned version and a range resolve as npm resolves them; --registry <url> maps the scope without any npmrc", async () => {
    const name = `@rampart/${CHANGED}`;
    const versions = Object.keys((await packument(name))!.versions).sort();
    expect(versions.length).toBe(2);
    const [older, newer] = versions;
    // The latest is what the README's install above got (checked there).
    const pinned = await rampart(["install", "--dir", "pinned", `${CHANGED}@${older}`], npmEnv);
    expectOk(pinned);
    expect(JSON.parse(fs.readFileSync(path.join(user, "pinned", "node_modules", name, "package.json"), "utf8")).version).toBe(older);
    // No npmrc at all: only the flag says where @rampart comes from.
    const ranged = await rampart(["install", "--dir", "ranged", "--registry", registry!.url, `${CHANGED}@~${older}`], envWithNpmrc("empty", ""));
    expectOk(ranged);
    expect(ranged.stdout).toContain(`Installed ${name} ${newer}`);
    expect(JSON.parse(fs.readFileSync(path.join(user, "ranged", "node_modules", name, "package.json"), "utf8")).version).toBe(newer);
  });

  it("NPM_CONFIG_REGISTRY is honoured (the whole registry: this one has only @rampart, so @pulumi/* is not found there)", async () => {
    const env = envWithNpmrc("empty", "", { NPM_CONFIG_REGISTRY: registry!.url });
    const r = await rampart(["install", "--dir", "via-env", CHANGED], env);
    expect(r.code, explain(r)).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines, r.stderr).toHaveLength(1);
    // npm fetched @rampart/data-location from NPM_CONFIG_REGISTRY, then asked it for its dependency.
    expect(lines[0]).toMatch(new RegExp(`^rampart: npm install failed: 404 .*${registry!.url.replace(/[.:/]/g, "\\$&")}@pulumi%2f`));
  });

  it("an unknown pack or version is exit 2 with one line", async () => {
    const unknownPack = await rampart(["install", "--dir", "bad", "aws-secrity"], npmEnv);
    expect(unknownPack.code).toBe(2);
    expect(unknownPack.stderr).toBe(
      "rampart: unknown pack 'aws-secrity' (known: aws-security, azure-security, cost-optimization, data-location, gcp-security)\n",
    );
    const unknownVersion = await rampart(["install", "--dir", "bad", `${CHANGED}@9.9.9`], npmEnv);
    expect(unknownVersion.code).toBe(2);
    expect(unknownVersion.stderr).toBe(`rampart: npm install failed: notarget No matching version found for @rampart/${CHANGED}@9.9.9.\n`);
  });
});

/** The `rampart` bin that `npx @rampart/cli` installed into its cache (`<cache>/_npx/<hash>/node_modules`). */
async function findCachedRampart(): Promise<string> {
  const npxDir = path.join(npmEnv.npm_config_cache!, "_npx");
  for (const d of fs.existsSync(npxDir) ? fs.readdirSync(npxDir) : []) {
    const bin = path.join(npxDir, d, "node_modules", "@rampart", "cli", "bin", "rampart.js");
    if (fs.existsSync(bin)) return bin;
  }
  throw new Error(`npx left no @rampart/cli in ${npxDir}`);
}

describe.runIf(needCli)("publish to an organization with the real Pulumi CLI (loopback Pulumi Cloud stand-in)", () => {
  const TOKEN = `pul-release-test-${process.pid}`;
  let env: NodeJS.ProcessEnv;
  const publish = async () => {
    const r = await run(
      process.execPath,
      [path.join(clone, "tools", "cli", "bin", "rampart.js"), "publish", "--org", "acme", "--enable", "production", "--no-build"],
      { cwd: clone, env, timeout: 300_000 },
    );
    expect(r.stdout + r.stderr, "the access token is never printed").not.toContain(TOKEN);
    return r;
  };
  const version = (p: string) => released.get(`@rampart/${p}`)!;
  /** Runtime dependencies (JSON) → the node_modules an uploaded archive installed them into. */
  const installedArchives = new Map<string, string>();
  const creates = (from: number) => cloud!.seen("POST", /^\/api\/orgs\/acme\/policypacks$/, from);

  beforeAll(async () => {
    const c = requireCli();
    cloud = await PolicyCloud.start({ token: TOKEN, orgs: ["acme"] });
    cloud.addGroup("acme", "production");
    env = { ...pulumiEnv(path.join(tmp, "pulumi-home-org"), npmEnv), PULUMI_ACCESS_TOKEN: TOKEN };
    const login = await timed("pulumi login", () => run(c.bin, ["login", cloud!.url], { cwd: tmp, env, timeout: 60_000 }));
    expectOk(login);
  }, 120_000);

  it("a held version is skipped, a failure midway fails only that pack, the rest are published and enabled", async () => {
    cloud!.hold("acme", "cost-optimization", version("cost-optimization"));
    cloud!.failures.push({
      method: "POST",
      path: /^\/api\/orgs\/acme\/policypacks$/,
      match: (b) => b?.name === CHANGED,
      status: 503,
      message: "publishing is paused",
      times: 1,
    });
    const r = await publish();
    expect(r.code, explain(r)).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`published +aws-security@${version("aws-security").replace(/\./g, "\\.")} \\(enabled\\)`));
    expect(r.stdout).toMatch(/skipped +cost-optimization@\S+ \(enabled\): version \S+ is already in acme/);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`failed +${CHANGED}@\\S+: pulumi policy publish acme failed: .*503.*publishing is paused`));
    // One create per pack but the held one (the failing pack's attempt included).
    expect(creates(0).length, "no publish of the held version").toBe(PACKS.length - 1);
    expect(
      cloud!
        .versionsOf("acme", "aws-security")
        .filter((v) => v.complete)
        .map((v) => v.versionTag),
    ).toEqual([version("aws-security")]);
    expect(cloud!.versionsOf("acme", CHANGED).filter((v) => v.complete)).toEqual([]);
    // Every pack but the failed one is enabled (the held one at its existing version).
    expect(Object.fromEntries(cloud!.groups.get("acme/production")!)).toEqual(
      Object.fromEntries(PACKS.filter((p) => p !== CHANGED).map((p) => [p, version(p)])),
    );
  });

  it("the next run resumes: publishes only the failed pack and enables it", async () => {
    const from = cloud!.requests.length;
    const r = await publish();
    expect(r.code, explain(r)).toBe(0);
    expect(r.stdout).toContain(`Summary for acme: 1 published, ${PACKS.length - 1} skipped, 0 failed`);
    expect(creates(from).length).toBe(1);
    expect(Object.fromEntries(cloud!.groups.get("acme/production")!)).toEqual(Object.fromEntries(PACKS.map((p) => [p, version(p)])));
  });

  it("a rerun publishes nothing", async () => {
    const from = cloud!.requests.length;
    const r = await publish();
    expect(r.code, explain(r)).toBe(0);
    expect(r.stdout).toContain(`Summary for acme: 0 published, ${PACKS.length} skipped, 0 failed`);
    expect(creates(from)).toEqual([]);
    expect(cloud!.seen("PUT", /^\/upload\//, from)).toEqual([]);
    const ls = await run(requireCli().bin, ["policy", "ls", "acme", "--output", "json"], { cwd: tmp, env, timeout: 60_000 });
    expectOk(ls);
    const listed = Object.fromEntries((JSON.parse(ls.stdout) as { name: string; versions: string[] }[]).map((p) => [p.name, p.versions]));
    expect(listed).toEqual(Object.fromEntries(PACKS.map((p) => [p, [version(p)]])));
  });

  it.each(PACKS.filter((p) => p !== "cost-optimization").map((p) => [p]))(
    "the archive uploaded for %s is the released pack: its runtime needs no @rampart package, and it starts over the engine protocol",
    async (pack) => {
      const stored = cloud!.versionsOf("acme", pack).find((v) => v.versionTag === version(pack) && v.complete)!;
      expect(stored.archive?.length).toBeGreaterThan(0);
      expect(stored.request.runtime).toBe("nodejs");
      const dir = path.join(tmp, "uploaded", pack);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "pack.tgz"), stored.archive!);
      // The same files as the npm tarball of that version (the same build, packed by `npm pack`).
      const registryTgz = path.join(tmp, `${pack}-registry.tgz`);
      expect(await tarList(path.join(dir, "pack.tgz"))).toEqual(await tarList(registryTgz));
      expectOk(await run("tar", ["-xzf", "pack.tgz"], { cwd: dir, env: process.env, timeout: 30_000 }));
      const packDir = path.join(dir, "package");
      // As Pulumi Cloud does, the pack's own dependencies installed in the unpacked folder. npm reads
      // the devDependencies' manifests too (the build's @rampart/policy-core, public on npm in a real
      // release), so the scope mapping stays; what is installed must hold no @rampart package.
      // Packs with the same runtime dependencies share the first one's install (it costs ~15 s).
      const deps = JSON.stringify(JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")).dependencies);
      const same = installedArchives.get(deps);
      if (same) {
        fs.symlinkSync(same, path.join(packDir, "node_modules"));
      } else {
        const install = await run("npm", ["install", "--omit=dev", "--no-package-lock", "--ignore-scripts", "--prefer-offline"], {
          cwd: packDir,
          env: npmEnv,
          timeout: 180_000,
        });
        expectOk(install);
        installedArchives.set(deps, path.join(packDir, "node_modules"));
      }
      expect(fs.readdirSync(path.join(packDir, "node_modules", "@pulumi")).sort()).toEqual(expect.arrayContaining(["policy", "pulumi"]));
      expect(fs.existsSync(path.join(packDir, "node_modules", "@rampart"))).toBe(false);
      const { PolicyPackProcess } = createRequire(__filename)(path.join(clone, "packages", "policy-testing")) as typeof import("@rampart/policy-testing");
      const started = await PolicyPackProcess.start(packDir, { resolveFrom: packDir });
      try {
        const info = await started.getAnalyzerInfo();
        expect(info.name).toBe(pack);
        expect(info.version).toBe(version(pack));
        // What the CLI sent the service is what the archive's pack reports.
        const sent = (stored.request.policies as { name: string }[]).map((p) => p.name).sort();
        expect(sent.length).toBeGreaterThan(0);
        expect(info.policies.map((p) => p.name).sort()).toEqual(sent);
      } finally {
        await started.stop();
      }
    },
  );
});
