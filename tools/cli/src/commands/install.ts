/**
 * `rampart install <pack[@version]...> [--dir <folder>] [--from <repo>] [--registry <url>] [--config <file>]`:
 * installs rampart packs into a folder of the current Pulumi project (npm's `--prefix` layout:
 * `<dir>/node_modules/@rampart/<pack>` is a runnable policy pack folder, its @pulumi/* dependencies
 * beside it), writes a `--policy-pack-config` file with every policy's defaults, and prints the
 * `pulumi preview` line that uses them.
 */
import type { Command } from "commander";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as semver from "semver";
import { InputError } from "../errors";
import type { Io } from "../io";
import { loadPackMetadata, type PackMetadata } from "../metadata";
import { KNOWN_PACKS } from "../packs";
import { parseJson, readRegularFile } from "../safe-read";
import { trackChild } from "../lifecycle";

/** Default install folder, relative to the current directory. */
export const DEFAULT_DIR = "policy-packs";

/** A parsed `<pack>[@version]` argument. */
export interface PackSpec {
  /** Pulumi pack name (`aws-security`). */
  name: string;
  /** npm version or range; `undefined` for the latest. */
  version?: string;
}

/**
 * Parses `aws-security`, `@rampart/aws-security`, `aws-security@0.2.0`.
 * @throws InputError for a pack rampart does not publish.
 */
export function parsePackSpec(spec: string): PackSpec {
  const s = spec.trim().replace(/^@rampart\//, "");
  const at = s.indexOf("@");
  const name = at > 0 ? s.slice(0, at) : s;
  const version = at > 0 ? s.slice(at + 1) : undefined;
  if (!(KNOWN_PACKS as readonly string[]).includes(name)) throw new InputError(`unknown pack '${spec}' (known: ${KNOWN_PACKS.join(", ")})`);
  if (version !== undefined && !isVersionOrRange(version))
    throw new InputError(`'${version}' is not a version or range (a semantic version such as 0.2.0, or a range such as ^0.2.0)`);
  return { name, version };
}

/**
 * Whether `v` is a semantic version (`0.2.0`, `1.0.0-rc.1`) or an npm range (`^0.2.0`, `~1.2`,
 * `>=1.0.0 <2.0.0`, `1.x || 2.x`), by the `semver` package (the grammar npm itself uses), and
 * holds nothing but the characters that grammar needs.
 */
export function isVersionOrRange(v: string): boolean {
  if (!v || v.length > 100 || v !== v.trim() || !/^[0-9A-Za-z.+^~<>=*|x -]+$/.test(v)) return false;
  return semver.valid(v) !== null || semver.validRange(v) !== null;
}

/** A `--policy-pack-config` file: policy name → level and settings. */
export type PolicyConfigFile = Record<string, unknown>;

/**
 * The config file for a pack: every policy with its default enforcement level and settings.
 * Entries already in `existing` are kept as they are (the user's choices win); policies missing
 * from it are added.
 */
export function defaultConfig(pack: PackMetadata, existing: PolicyConfigFile = {}): PolicyConfigFile {
  const out: PolicyConfigFile = { ...existing };
  for (const p of pack.policies) if (!(p.name in out)) out[p.name] = { enforcementLevel: p.enforcementLevel, ...p.defaults };
  return out;
}

/**
 * How to start npm without a shell on every platform: the npm that runs rampart (`npm_execpath`),
 * else the npm-cli.js installed beside this Node.js (`<prefix>/lib/node_modules/npm` on Unix,
 * `<node dir>/node_modules/npm` on Windows), run by this Node.js; else `npm` from PATH (not on
 * Windows, where it is a .cmd file that only a shell can run).
 */
export function npmCommand(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  const candidates = [
    env.npm_execpath && /npm-cli\.js$/.test(env.npm_execpath) ? env.npm_execpath : undefined,
    path.join(path.dirname(process.execPath), "node_modules", "npm", "bin", "npm-cli.js"),
    path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"),
  ];
  for (const c of candidates) if (c && fs.existsSync(c)) return { command: process.execPath, args: [c] };
  if (platform === "win32") throw new InputError("cannot find npm's npm-cli.js beside node; install npm with Node.js");
  return { command: "npm", args: [] };
}

/** Longest an npm command may take (10 minutes). */
const NPM_TIMEOUT_MS = 10 * 60 * 1000;

/** Runs npm (never through a shell); resolves with stdout. @throws InputError with npm's first error line. */
export function npm(args: readonly string[], cwd: string): Promise<string> {
  const { command, args: pre } = npmCommand();
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      [...pre, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, shell: false, timeout: NPM_TIMEOUT_MS, killSignal: "SIGKILL" },
      (err, stdout, stderr) => {
        untrack();
        if (err && (err as { killed?: boolean }).killed)
          return reject(new InputError(`npm ${args[0]} did not finish within ${NPM_TIMEOUT_MS / 60000} minutes`));
        if (!err) return resolve(stdout);
        const lines = String(stderr)
          .split("\n")
          .filter((l) => /^npm (error|ERR!)/.test(l))
          .map((l) => l.replace(/^npm (error|ERR!)\s*/, "").trim())
          .filter((l) => l && !/^code \S+$|complete log|^errno /i.test(l));
        reject(new InputError(`npm ${args[0]} failed: ${lines[0] ?? err.message.split("\n")[0]}`));
      },
    );
    const untrack = trackChild(child);
  });
}

function ensureProject(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, "package.json");
  if (!fs.existsSync(pkg)) {
    const doc = {
      name: "rampart-policy-packs",
      private: true,
      description: "Policy packs for `pulumi preview --policy-pack`, installed by `rampart install`.",
    };
    fs.writeFileSync(pkg, JSON.stringify(doc, null, 2) + "\n");
  }
}

/**
 * Packs a pack of a rampart repository checkout with `npm pack` into `dest` and returns the
 * tarball's path. @throws InputError when the pack is missing or not built.
 */
export async function packFromRepo(repo: string, name: string, dest: string): Promise<string> {
  const dir = path.resolve(repo, "packages", name);
  if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) throw new InputError(`${dir} is not a policy pack folder (is --from a rampart checkout?)`);
  if (!fs.existsSync(path.join(dir, "dist", "index.js"))) throw new InputError(`pack ${name} in ${repo} is not built; run 'npm run build' in ${dir}`);
  fs.mkdirSync(dest, { recursive: true });
  // --ignore-scripts: a pack's prepack/prepare scripts never run on the user's machine.
  const out = await npm(["pack", dir, "--pack-destination", dest, "--json", "--silent", "--ignore-scripts"], dest);
  const start = out.indexOf("[");
  const filename = (JSON.parse(out.slice(start)) as { filename: string }[])[0]?.filename;
  if (!filename) throw new InputError(`npm pack gave no tarball for ${dir}`);
  return path.join(dest, path.basename(filename));
}

/**
 * Checks a `--registry` value: an absolute http(s) URL, returned with a trailing slash (npm's form
 * for a scope's registry). @throws InputError for anything else.
 */
export function parseRegistryUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InputError(`--registry must be an http(s) URL (got '${value}')`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InputError(`--registry must be an http(s) URL (got '${value}')`);
  if (url.username || url.password) throw new InputError("--registry must not carry credentials; put the token in your .npmrc");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * npm arguments that choose where `@rampart/*` comes from: `--registry <url>` becomes npm's
 * `--@rampart:registry=<url>` (the scope only, as `@rampart:registry` in an .npmrc does; every other
 * package still comes from the user's npm registry). Without it nothing is added, so npm's own
 * config decides (.npmrc scope mapping, `NPM_CONFIG_REGISTRY`, `npm_config_@rampart:registry`).
 */
export function registryArgs(registry: string | undefined): string[] {
  return registry === undefined ? [] : [`--@rampart:registry=${parseRegistryUrl(registry)}`];
}

/** Options of `install`. */
export interface InstallOptions {
  dir: string;
  from?: string;
  /** Registry for the @rampart scope (see {@link registryArgs}); npm's config when undefined. */
  registry?: string;
  config?: string;
}

/** What `install` did, per pack. */
export interface Installed {
  pack: PackMetadata;
  /** The runnable policy pack folder (`<dir>/node_modules/@rampart/<pack>`). */
  packDir: string;
  configFile: string;
  /** Whether the config file existed (its entries were kept). */
  configMerged: boolean;
}

/**
 * Installs packs (one npm install for all), then writes each pack's config file.
 * @throws InputError for a bad spec, a failed npm command, or an installed folder that is not a pack.
 */
export async function installPacks(specs: readonly string[], opts: InstallOptions): Promise<Installed[]> {
  const parsed = specs.map(parsePackSpec);
  const registry = registryArgs(opts.registry);
  if (opts.from && opts.registry !== undefined)
    throw new InputError("--from and --registry exclude each other: --from installs from a checkout, not a registry");
  if (opts.config && parsed.length > 1) throw new InputError("--config names one file; install one pack at a time with it");
  const dir = path.resolve(opts.dir);
  ensureProject(dir);
  let targets: string[];
  if (opts.from) {
    const withVersion = parsed.find((p) => p.version);
    if (withVersion) throw new InputError(`--from installs the repository's own version; drop '@${withVersion.version}'`);
    // Tarballs stay in <dir>/tarballs: package.json refers to them, so a later `npm install` in <dir> still works.
    const dest = path.join(dir, "tarballs");
    targets = [];
    for (const p of parsed)
      targets.push(
        path
          .relative(dir, await packFromRepo(path.resolve(opts.from), p.name, dest))
          .split(path.sep)
          .join("/"),
      );
    targets = targets.map((t) => `file:${t}`);
  } else {
    targets = parsed.map((p) => `@rampart/${p.name}${p.version ? `@${p.version}` : ""}`);
  }
  // --ignore-scripts: no package's install scripts (preinstall, install, postinstall) run; packs need none.
  await npm(["install", "--prefix", dir, "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", ...registry, ...targets], dir);
  const out: Installed[] = [];
  for (const p of parsed) {
    const packDir = path.join(dir, "node_modules", "@rampart", p.name);
    if (!fs.existsSync(path.join(packDir, "PulumiPolicy.yaml"))) throw new InputError(`${packDir} is not a policy pack folder after install`);
    const pack = loadPackMetadata({ label: p.name, dir: packDir });
    const configFile = path.resolve(opts.config ?? path.join(dir, `${p.name}.config.json`));
    let existing: PolicyConfigFile | undefined;
    if (fs.existsSync(configFile)) {
      const doc = parseJson(readRegularFile(configFile, "policy config"), `existing policy config ${configFile}`);
      if (!doc || typeof doc !== "object" || Array.isArray(doc))
        throw new InputError(`existing policy config ${configFile} is not a JSON object; fix or remove it`);
      existing = doc as PolicyConfigFile;
    }
    fs.writeFileSync(configFile, JSON.stringify(defaultConfig(pack, existing), null, 2) + "\n");
    out.push({ pack, packDir, configFile, configMerged: existing !== undefined });
  }
  return out;
}

/** The `pulumi preview` line for installed packs (paths relative to `cwd`). */
export function previewCommand(installed: readonly Installed[], cwd = process.cwd()): string {
  const rel = (f: string) => {
    const s = path.relative(cwd, f) || ".";
    return /[\s"'$]/.test(s) ? JSON.stringify(s) : s;
  };
  return ["pulumi preview", ...installed.map((i) => `--policy-pack ${rel(i.packDir)} --policy-pack-config ${rel(i.configFile)}`)].join(" ");
}

/** Registers the command. */
export function registerInstall(program: Command, io: Io): void {
  program
    .command("install")
    .description("Install rampart packs into the current Pulumi project and write their policy config with defaults.")
    .argument("<pack...>", `pack name, optionally with a version: ${KNOWN_PACKS.join(", ")} (e.g. aws-security@0.1.0)`)
    .option("-d, --dir <folder>", "folder to install into (npm --prefix layout)", DEFAULT_DIR)
    .option("--from <repo>", "install from a rampart repository checkout (npm pack of its built packages) instead of the npm registry")
    .option("--registry <url>", "npm registry to install @rampart packs from (the scope only, like @rampart:registry in .npmrc); default: npm's config")
    .option("-c, --config <file>", "policy config file to write (default <dir>/<pack>.config.json)")
    .action(async (specs: string[], opts: InstallOptions) => {
      const installed = await installPacks(specs, opts);
      const rel = (f: string) => path.relative(process.cwd(), f) || ".";
      for (const i of installed) {
        io.stdout(`Installed ${i.pack.packageName} ${i.pack.version} (${i.pack.policies.length} policies) in ${rel(i.packDir)}\n`);
        io.stdout(
          i.configMerged
            ? `Updated ${rel(i.configFile)}: kept your entries, added the policies it did not list\n`
            : `Wrote ${rel(i.configFile)}: every policy with its default enforcement level and settings\n`,
        );
      }
      if (!fs.existsSync(path.join(process.cwd(), "Pulumi.yaml")))
        io.stdout("Note: no Pulumi.yaml here; run the line below in your Pulumi project folder, with paths adjusted.\n");
      io.stdout(`\nRun your preview with the pack${installed.length > 1 ? "s" : ""}:\n  ${previewCommand(installed)}\n`);
    });
}
