/**
 * Running the real Pulumi CLI's `pulumi preview` offline: a temporary PULUMI_HOME, a `file://` backend
 * in a temporary folder, the passphrase secrets provider, no update check, no automatic plugin
 * download, and the offline provider shims first on PATH. The program is copied to a scratch folder
 * so that the new stack's `Pulumi.<stack>.yaml` never lands in the original.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { ChildResult, findPulumiCli, PulumiCliMissingError, runChild } from "./cli";
import { installShimsIntoPulumiHome, REPO_ROOT, ShimOptions, writeProviderShims } from "./shims";

/** A stack config value: plain (any YAML value) or a secret to encrypt with the stack's passphrase. */
export type ConfigValue = { value: unknown } | { secret: string };

/** Placeholder put where a stack file holds an encrypted (`secure:`) value that cannot be decrypted. */
export const PLACEHOLDER_SECRET = "rampart-offline-placeholder-secret";

/**
 * Stack config read from a `Pulumi.<stack>.yaml` (its `config:` map): plain values as they are,
 * `secure:` values as secrets with `PLACEHOLDER_SECRET` (their ciphertext belongs to another
 * secrets provider and cannot be decrypted here).
 * @throws when the file is not YAML.
 */
export function configFromStackFile(file: string): Record<string, ConfigValue> {
  const doc = (parseYaml(readFileSync(file, "utf8")) ?? {}) as { config?: Record<string, unknown> };
  const out: Record<string, ConfigValue> = {};
  for (const [key, v] of Object.entries(doc.config ?? {})) {
    const isSecure = v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && "secure" in v;
    out[key] = isSecure ? { secret: PLACEHOLDER_SECRET } : { value: v };
  }
  return out;
}

/** Options of `previewOffline`. */
export interface PreviewOptions {
  /** Folder of the Pulumi program (holds Pulumi.yaml). */
  programDir: string;
  /** Policy pack folders for `--policy-pack` (each holds PulumiPolicy.yaml). */
  policyPacks?: readonly string[];
  /** Files for `--policy-pack-config`, one per pack, same order (as the CLI requires). */
  policyPackConfigs?: readonly string[];
  /** Name of the new stack; default "offline". */
  stack?: string;
  /** Stack config; default read from the program's Pulumi.dev.yaml (or none). */
  config?: Record<string, ConfigValue>;
  /** `--json` output (parsed into `PreviewResult.json`); default false (text, `--color never`). */
  json?: boolean;
  /** Extra arguments to `pulumi preview`. */
  extraArgs?: readonly string[];
  /** Pulumi CLI binary; default `findPulumiCli()`. */
  cli?: string;
  /** Timeout of each CLI child process in milliseconds; default 300 000. */
  timeoutMs?: number;
  /**
   * Parent folder of the program's scratch copy; default `<repo>/.rampart-tmp/previews` (git-ignored,
   * inside the repository so a TypeScript program still resolves the repository's node_modules).
   */
  scratchRoot?: string;
  /** Called with the copy's folder before the stack is made (e.g. to link a virtualenv). */
  prepare?: (copyDir: string) => void;
  /** Options of the provider shims (packages, versions). */
  shims?: ShimOptions;
  /**
   * How the CLI finds the offline providers: "path" (default) puts the shims first on PATH, which
   * works for any version a program asks for (the CLI warns "using pulumi-resource-<pkg> from $PATH");
   * "plugin-cache" installs them into the temporary PULUMI_HOME for exactly the shim versions and sets
   * PULUMI_IGNORE_AMBIENT_PLUGINS (no warning; another version fails as "not installed").
   */
  providerLookup?: "path" | "plugin-cache";
  /** Extra environment of every CLI call. */
  env?: NodeJS.ProcessEnv;
  /** Keep the scratch copy and the temporary PULUMI_HOME (for debugging); default false. */
  keep?: boolean;
}

/** What a preview did. */
export interface PreviewResult {
  /** The `pulumi preview` call. */
  preview: ChildResult;
  /** Parsed stdout when `json` was asked for and stdout is JSON. */
  json?: any;
  /** Every engine event of the preview (`--event-log`, one JSON object per line). */
  events: any[];
  /** The policy violations reported (the `policyEvent` of each event), in event order. */
  policyEvents: PolicyEvent[];
  /** Milliseconds of the setup calls (login, stack init, config) before the preview. */
  setupMs: number;
  /** Folder the program ran from (deleted unless `keep`). */
  copyDir: string;
  /** The environment of the CLI calls (shows exactly what made it offline). */
  env: NodeJS.ProcessEnv;
  /** The arguments of `pulumi preview`. */
  args: string[];
}

/**
 * A policy violation as the engine reports it in its event log (apitype.PolicyEvent of
 * sdk/go/common/apitype/events.go). `enforcementLevel` is "warning" (advisory), "mandatory" or
 * "remediate"; `resourceUrn` is absent for stack violations without a URN.
 */
export interface PolicyEvent {
  resourceUrn?: string;
  message: string;
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  enforcementLevel: string;
  severity?: string;
}

/** Thrown when a setup call (login, stack init, config set) fails. */
export class PreviewSetupError extends Error {}

/**
 * Copies the program, makes a stack in a local `file://` backend, sets its config and runs
 * `pulumi preview` with the offline providers and the given policy packs (see the module comment).
 * A non-zero preview exit (e.g. a mandatory violation) is returned, not thrown.
 * @throws PulumiCliMissingError without a CLI; PreviewSetupError when login/stack init/config fails.
 */
export async function previewOffline(opts: PreviewOptions): Promise<PreviewResult> {
  const cli = opts.cli ?? findPulumiCli();
  if (!cli) throw new PulumiCliMissingError("rampart: no Pulumi CLI found (set RAMPART_PULUMI_CLI, build tools/pulumi-cli, or put `pulumi` on PATH)");
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const stack = opts.stack ?? "offline";
  const session = mkdtempSync(path.join(tmpdir(), "rampart-pulumi-"));
  const scratchRoot = opts.scratchRoot ?? path.join(REPO_ROOT, ".rampart-tmp", "previews");
  mkdirSync(scratchRoot, { recursive: true });
  const copyDir = mkdtempSync(path.join(scratchRoot, `${path.basename(path.resolve(opts.programDir))}-`));
  try {
    cpSync(opts.programDir, copyDir, {
      recursive: true,
      filter: (src) => !/(^|[\\/])(node_modules|venv|\.venv|__pycache__)$/.test(path.relative(opts.programDir, src)),
    });
    opts.prepare?.(copyDir);
    const shims = writeProviderShims({ ...opts.shims, dir: path.join(session, "providers") });
    const home = path.join(session, "home");
    const state = path.join(session, "state");
    mkdirSync(home);
    mkdirSync(state);
    const viaCache = opts.providerLookup === "plugin-cache";
    if (viaCache) installShimsIntoPulumiHome(shims, home);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...opts.env,
      PULUMI_HOME: home,
      PULUMI_BACKEND_URL: `file://${state}`,
      PULUMI_CONFIG_PASSPHRASE: "rampart-offline",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_SKIP_CONFIRMATIONS: "true",
      // Enables `--event-log` (pkg/cmd/pulumi/operations/preview.go), as the Automation API does.
      PULUMI_DEBUG_COMMANDS: "true",
      PULUMI_ACCESS_TOKEN: "",
      PATH: [...(viaCache ? [] : [shims.binDir]), path.dirname(cli), opts.env?.PATH ?? process.env.PATH ?? ""].join(path.delimiter),
    };
    if (viaCache) env.PULUMI_IGNORE_AMBIENT_PLUGINS = "true";
    else delete env.PULUMI_IGNORE_AMBIENT_PLUGINS;
    delete env.PULUMI_CONFIG_PASSPHRASE_FILE;
    const setupStarted = performance.now();
    const run = async (args: string[], what: string): Promise<ChildResult> => {
      const r = await runChild(cli, args, { cwd: copyDir, env, timeoutMs });
      if (r.code !== 0) {
        throw new PreviewSetupError(
          `rampart: \`pulumi ${what}\` failed${r.timedOut ? ` (timed out after ${timeoutMs} ms)` : ""}: ${(r.stderr || r.stdout).trim()}`,
        );
      }
      return r;
    };
    await run(["login", `file://${state}`], "login");
    await run(["stack", "init", stack, "--non-interactive"], "stack init");
    const config =
      opts.config ?? (existsSync(path.join(opts.programDir, "Pulumi.dev.yaml")) ? configFromStackFile(path.join(opts.programDir, "Pulumi.dev.yaml")) : {});
    // Plain values go straight into the new stack file (any YAML shape); secrets through the CLI.
    const stackFile = path.join(copyDir, `Pulumi.${stack}.yaml`);
    const doc = (existsSync(stackFile) ? parseYaml(readFileSync(stackFile, "utf8")) : {}) ?? {};
    doc.config = { ...(doc.config ?? {}) };
    for (const [key, v] of Object.entries(config)) if ("value" in v) doc.config[key] = v.value;
    writeFileSync(stackFile, stringifyYaml(doc));
    for (const [key, v] of Object.entries(config)) {
      if ("secret" in v) await run(["config", "set", "--stack", stack, "--secret", key, v.secret], "config set --secret");
    }
    const setupMs = performance.now() - setupStarted;
    const args = ["preview", "--stack", stack, "--non-interactive", "--color", "never"];
    for (const p of opts.policyPacks ?? []) args.push("--policy-pack", path.resolve(p));
    for (const c of opts.policyPackConfigs ?? []) args.push("--policy-pack-config", path.resolve(c));
    const eventLog = path.join(session, "events.jsonl");
    args.push("--event-log", eventLog);
    if (opts.json) args.push("--json");
    args.push(...(opts.extraArgs ?? []));
    const preview = await runChild(cli, args, { cwd: copyDir, env, timeoutMs });
    let json: any;
    if (opts.json) {
      try {
        json = JSON.parse(preview.stdout);
      } catch {
        json = undefined;
      }
    }
    const events = existsSync(eventLog)
      ? readFileSync(eventLog, "utf8")
          .split("\n")
          .filter((l) => l.trim() !== "")
          .map((l) => JSON.parse(l))
      : [];
    const policyEvents: PolicyEvent[] = events.filter((e) => e.policyEvent).map((e) => e.policyEvent);
    return { preview, json, events, policyEvents, setupMs, copyDir, env, args };
  } finally {
    if (!opts.keep) {
      rmSync(copyDir, { recursive: true, force: true });
      rmSync(session, { recursive: true, force: true });
    }
  }
}
