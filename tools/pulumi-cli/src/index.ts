/**
 * Where the real Pulumi CLI is for rampart's conformance tests, and how to run it offline.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** tools/pulumi-cli/bin: the built CLI and the stand-in language hosts. */
export const BIN_DIR = path.join(__dirname, "..", "bin");

/**
 * The `pulumi` to test against: `RAMPART_PULUMI_CLI`, else tools/pulumi-cli/bin/pulumi (built by
 * this package's `build` target), else `pulumi` on PATH; undefined when there is none.
 */
export function findPulumiCli(): string | undefined {
  const candidates = [process.env.RAMPART_PULUMI_CLI, path.join(BIN_DIR, "pulumi")];
  for (const c of candidates) if (c && fs.existsSync(c)) return path.resolve(c);
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const p = path.join(dir, "pulumi");
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

/** The CLI's version (`pulumi version`, e.g. `v3.274.1`). */
export function pulumiVersion(cli: string): string {
  return execFileSync(cli, ["version"], { encoding: "utf8", timeout: 60_000, env: offlineEnv(os.tmpdir()) }).trim();
}

/**
 * Environment that keeps the CLI offline and out of the user's own state: PULUMI_HOME in `home`, no
 * update check, a fixed passphrase for the local secrets provider, no telemetry, and this package's
 * bin/ first on PATH (so the stand-in language hosts and `extraPath` providers are found).
 */
export function offlineEnv(home: string, extraPath: string[] = []): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PULUMI_HOME: home,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_CONFIG_PASSPHRASE: "rampart-conformance",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
    NO_COLOR: "1",
    PATH: [...extraPath, BIN_DIR, process.env.PATH || ""].join(path.delimiter),
  };
}
