/**
 * The real Pulumi CLI for the release test: found and kept offline by @rampart/pulumi-cli
 * (`RAMPART_PULUMI_CLI`, then its build in tools/pulumi-cli/bin, then `pulumi` on PATH), with the
 * Node.js language host the CLI starts policy packs through (pulumi/pulumi#21684) beside it.
 */
import { BIN_DIR, findPulumiCli, offlineEnv } from "@rampart/pulumi-cli";
import * as fs from "node:fs";
import * as path from "node:path";

/** The CLI to use. */
export interface PulumiCliLocation {
  bin: string;
}

/**
 * Finds the CLI, or says in one sentence why there is none (no CLI, or no `pulumi-language-nodejs`
 * in tools/pulumi-cli/bin, beside the CLI or on PATH: without it the CLI cannot start a Node.js pack).
 */
export function locatePulumiCli(): PulumiCliLocation | { missing: string } {
  const bin = findPulumiCli();
  if (!bin)
    return { missing: "no Pulumi CLI: build it with `npx nx run @rampart/pulumi-cli:build` (needs Go), set RAMPART_PULUMI_CLI, or put `pulumi` on PATH" };
  const dirs = [BIN_DIR, path.dirname(bin), ...(process.env.PATH ?? "").split(path.delimiter)];
  if (!dirs.some((d) => d && fs.existsSync(path.join(d, "pulumi-language-nodejs")))) {
    return { missing: `the Pulumi CLI ${bin} has no pulumi-language-nodejs beside it, in ${BIN_DIR} or on PATH; it cannot start a Node.js policy pack` };
  }
  return { bin };
}

/**
 * `base` plus the CLI's offline settings (@rampart/pulumi-cli's `offlineEnv`: PULUMI_HOME in
 * `home`, no update check, no plugin downloads, its bin/ first on PATH), and a proxy on a closed
 * loopback port for all but loopback, so any call off this machine fails at once instead of hanging.
 */
export function pulumiEnv(home: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const offline = offlineEnv(home);
  const env: NodeJS.ProcessEnv = { ...base };
  for (const k of Object.keys(env)) if (k.startsWith("PULUMI_")) delete env[k];
  for (const [k, v] of Object.entries(offline)) if (k.startsWith("PULUMI_") || k === "PATH" || k === "NO_COLOR") env[k] = v;
  return { ...env, HTTPS_PROXY: "http://127.0.0.1:9", HTTP_PROXY: "http://127.0.0.1:9", NO_PROXY: "127.0.0.1,localhost" };
}
