/**
 * Finding the real Pulumi CLI for the release test, and the environment that keeps it offline.
 *
 * Order: `RAMPART_PULUMI_CLI` (a path to the `pulumi` binary), then the repository's build of it
 * (`tools/pulumi-cli/bin/pulumi`, made by that package's nx build from the Go module proxy), then
 * `pulumi` on PATH. Since pulumi/pulumi#21684 the CLI starts a Node.js policy pack through the
 * `pulumi-language-nodejs` plugin (found on PATH or beside the CLI), so that must be there too.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The CLI to use: its binary and the folder that goes first on PATH (with the language host). */
export interface PulumiCliLocation {
  bin: string;
  binDir: string;
  /** Where it was found: `RAMPART_PULUMI_CLI`, the repository build, or PATH. */
  source: string;
}

const isExecutable = (f: string) => {
  try {
    fs.accessSync(f, fs.constants.X_OK);
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
};

function onPath(name: string, envPath = process.env.PATH ?? ""): string | undefined {
  for (const dir of envPath.split(path.delimiter)) if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  return undefined;
}

/**
 * Finds the CLI. Returns `{ missing }` with a sentence that says what to do when there is none, or
 * when the CLI has no `pulumi-language-nodejs` beside it or on PATH.
 * @throws never; a `RAMPART_PULUMI_CLI` that names no executable counts as missing.
 */
export function findPulumiCli(repoRoot: string): PulumiCliLocation | { missing: string } {
  const candidates: [string | undefined, string][] = [
    [process.env.RAMPART_PULUMI_CLI, "RAMPART_PULUMI_CLI"],
    [path.join(repoRoot, "tools", "pulumi-cli", "bin", "pulumi"), "tools/pulumi-cli/bin"],
    [onPath("pulumi"), "PATH"],
  ];
  if (process.env.RAMPART_PULUMI_CLI && !isExecutable(process.env.RAMPART_PULUMI_CLI)) {
    return { missing: `RAMPART_PULUMI_CLI=${process.env.RAMPART_PULUMI_CLI} is not an executable file` };
  }
  const found = candidates.find(([f]) => f && isExecutable(f));
  if (!found) {
    return {
      missing:
        "no Pulumi CLI: set RAMPART_PULUMI_CLI, build it (npx nx run @rampart/pulumi-cli:build writes tools/pulumi-cli/bin/pulumi), or put pulumi on PATH",
    };
  }
  const bin = found[0]!;
  const binDir = path.dirname(bin);
  if (!isExecutable(path.join(binDir, "pulumi-language-nodejs")) && !onPath("pulumi-language-nodejs")) {
    return { missing: `the Pulumi CLI at ${bin} has no pulumi-language-nodejs beside it or on PATH; it cannot start a Node.js policy pack` };
  }
  return { bin, binDir, source: found[1] };
}

/**
 * Environment for the CLI: its own PULUMI_HOME, no update check, no telemetry-like calls, the CLI's
 * folder first on PATH (so `pulumi` and its language host are the ones found), and a proxy on a
 * closed loopback port for everything but loopback, so any call outside this machine fails at once
 * instead of hanging.
 */
export function pulumiEnv(cli: PulumiCliLocation, pulumiHome: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const k of Object.keys(env)) if (/^PULUMI_/.test(k)) delete env[k];
  return {
    ...env,
    PATH: `${cli.binDir}${path.delimiter}${base.PATH ?? ""}`,
    PULUMI_HOME: pulumiHome,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_CONFIG_PASSPHRASE: "rampart-release-test",
    HTTPS_PROXY: "http://127.0.0.1:9",
    HTTP_PROXY: "http://127.0.0.1:9",
    NO_PROXY: "127.0.0.1,localhost",
  };
}
