/**
 * Writes the executables `pulumi-resource-aws`, `pulumi-resource-azure-native`,
 * `pulumi-resource-gcp` (POSIX shell shims that exec this Node process on ./main.js with the package
 * name and version) into a folder to put first on PATH. The Pulumi CLI takes a provider plugin found
 * on PATH before its plugin cache and then never tries to download it (pulumi/pulumi v3.274.1
 * sdk/go/common/workspace/plugins.go `getPluginInfoAndPath`; pkg/engine/plugins.go
 * `ensurePluginsAreInstalled`), whatever version the program asks for.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The packages a shim is written for by default. */
export const DEFAULT_PACKAGES = ["aws", "azure-native", "gcp"] as const;

/** Folder of this package (tools/offline-provider). */
export const PACKAGE_DIR = path.resolve(__dirname, "..");
/** Root of the rampart repository (two levels above this package). */
export const REPO_ROOT = path.resolve(PACKAGE_DIR, "..", "..");

/** Thrown when the provider has not been compiled (`npm run build` in tools/offline-provider). */
export class OfflineProviderNotBuiltError extends Error {}

/**
 * The version of the npm SDK `@pulumi/<pkg>` installed in the repository (its package.json
 * `pulumi.version`, else `version`) — the plugin version a TypeScript program asks for.
 * @returns undefined when the SDK is not installed.
 */
export function installedSdkVersion(pkg: string, from: string = REPO_ROOT): string | undefined {
  try {
    const file = require.resolve(`@pulumi/${pkg}/package.json`, { paths: [from] });
    const json = JSON.parse(readFileSync(file, "utf8")) as { version?: string; pulumi?: { version?: string } };
    return json.pulumi?.version ?? json.version;
  } catch {
    return undefined;
  }
}

/** What `writeProviderShims` wrote. */
export interface ProviderShims {
  /** Folder holding the `pulumi-resource-<pkg>` executables; put it first on PATH. */
  binDir: string;
  /** Package name → version each shim reports through GetPluginInfo. */
  versions: Record<string, string>;
}

/** Options of `writeProviderShims`. */
export interface ShimOptions {
  /** Folder to write into (created); default a new temporary folder. */
  dir?: string;
  /** Packages to write shims for; default aws, azure-native, gcp. */
  packages?: readonly string[];
  /** Version per package; default the installed npm SDK's version, else "0.0.1". */
  versions?: Record<string, string>;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Writes one executable shim per package (see the module comment).
 * @throws OfflineProviderNotBuiltError when dist/main.js does not exist yet.
 */
export function writeProviderShims(opts: ShimOptions = {}): ProviderShims {
  const entry = path.join(PACKAGE_DIR, "dist", "main.js");
  if (!existsSync(entry)) {
    throw new OfflineProviderNotBuiltError(
      `rampart: the offline provider is not built (${entry} is missing): run \`npx nx run @rampart/offline-provider:build\``,
    );
  }
  const binDir = opts.dir ?? mkdtempSync(path.join(tmpdir(), "rampart-providers-"));
  mkdirSync(binDir, { recursive: true });
  const versions: Record<string, string> = {};
  for (const pkg of opts.packages ?? DEFAULT_PACKAGES) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(pkg)) throw new Error(`rampart: invalid provider package name ${JSON.stringify(pkg)}`);
    const version = opts.versions?.[pkg] ?? installedSdkVersion(pkg) ?? "0.0.1";
    versions[pkg] = version;
    const file = path.join(binDir, `pulumi-resource-${pkg}`);
    writeFileSync(file, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(entry)} ${shellQuote(pkg)} ${shellQuote(version)} "$@"\n`);
    chmodSync(file, 0o755);
  }
  return { binDir, versions };
}

/**
 * Installs the shims of `shims` into the plugin cache of a PULUMI_HOME, as
 * `<home>/plugins/resource-<pkg>-v<version>/pulumi-resource-<pkg>` (the layout `pulumi plugin install`
 * makes; read in sdk/go/common/workspace/plugins.go `GetPluginsFromDir`). The CLI then finds them
 * without PATH and prints no "using ... from $PATH" warning, but only for exactly these versions
 * (`SelectCompatiblePlugin` wants an equal version).
 * @returns the plugin folders written.
 */
export function installShimsIntoPulumiHome(shims: ProviderShims, pulumiHome: string): string[] {
  const dirs: string[] = [];
  for (const [pkg, version] of Object.entries(shims.versions)) {
    const dir = path.join(pulumiHome, "plugins", `resource-${pkg}-v${version}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `pulumi-resource-${pkg}`);
    writeFileSync(file, readFileSync(path.join(shims.binDir, `pulumi-resource-${pkg}`)));
    chmodSync(file, 0o755);
    dirs.push(dir);
  }
  return dirs;
}
