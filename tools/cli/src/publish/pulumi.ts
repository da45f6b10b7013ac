/**
 * The Pulumi CLI commands `rampart publish` runs, and how their answers are read. Facts from the
 * Pulumi CLI sources (pkg/cmd/pulumi/policy/policy_list.go, policy_publish.go, policy_enable.go,
 * pkg/backend/httpstate/client/client.go):
 *
 * - `pulumi policy ls <org> --json` prints `[{"name": "<pack>", "versions": ["0.1.0", ...]}]`
 *   (`--json` is `--output json` on newer CLIs and still accepted there as an alias).
 * - `pulumi policy publish <org>`, run in the pack folder, starts the pack, reads GetAnalyzerInfo
 *   (name and package.json version), `npm pack`s the folder and uploads it. It prints
 *   `Publishing "<pack>" - version <v> to "<org>"` and a `Permalink:`; a version that exists
 *   fails with `error: Publish policy pack failed: [400] Bad Request: Policy Pack: <pack>,
 *   Version Tag: <v> already exists` and exit code 1. A version can never be republished.
 * - `pulumi policy enable <org>/<pack> <version|latest> [--policy-group <group>]`.
 */
import { failureLine, ProcessResult, redactTokens, runProcess } from "./process";

/** How to reach the Pulumi CLI: the program (default `pulumi`, found on PATH) and environment. */
export interface PulumiCli {
  command: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds each `pulumi` call may run (default: runProcess's 10 minutes). */
  timeoutMs?: number;
}

/** The service's answer when a version is already published (matched case-insensitively). */
export const ALREADY_EXISTS = /already exists/i;

/** Versions per pack name in an organization. */
export type OrgVersions = Map<string, Set<string>>;

/** A failed Pulumi CLI call, with the one line that explains it. */
export class PulumiCommandError extends Error {
  constructor(
    message: string,
    readonly result: ProcessResult,
  ) {
    super(message);
    this.name = "PulumiCommandError";
  }
}

function describe(cli: PulumiCli, args: readonly string[], r: ProcessResult): string {
  if (r.spawnError?.code === "ENOENT") return `the Pulumi CLI ('${cli.command}') is not on PATH; install it (https://www.pulumi.com/docs/install/)`;
  if (r.timedOut !== undefined)
    return `${["pulumi", ...args].join(" ")} did not finish within ${r.timedOut / 1000} s and was stopped (raise the limit with --timeout <seconds>)`;
  return `${["pulumi", ...args].join(" ")} failed: ${failureLine(r)}`;
}

/**
 * Lists the organization's policy packs and versions.
 * @throws PulumiCommandError when the command fails or prints something that is not the JSON list.
 */
export async function listOrgVersions(cli: PulumiCli, org: string): Promise<OrgVersions> {
  const args = ["policy", "ls", org, "--json"];
  const r = await runProcess(cli.command, args, { env: cli.env, timeoutMs: cli.timeoutMs });
  if (r.code !== 0) throw new PulumiCommandError(describe(cli, args, r), r);
  let doc: unknown;
  try {
    doc = JSON.parse(r.stdout);
  } catch {
    throw new PulumiCommandError(
      `pulumi ${args.join(" ")} printed no JSON list: ${redactTokens(r.stdout.trim().split("\n")[0] ?? "", cli.env ?? process.env).slice(0, 200)}`,
      r,
    );
  }
  if (!Array.isArray(doc)) throw new PulumiCommandError(`pulumi ${args.join(" ")} printed no JSON list`, r);
  const out: OrgVersions = new Map();
  for (const item of doc) {
    if (!item || typeof item.name !== "string") continue;
    const versions = Array.isArray(item.versions) ? item.versions.filter((v: unknown): v is string => typeof v === "string") : [];
    const set = out.get(item.name) ?? new Set<string>();
    for (const v of versions) set.add(v);
    out.set(item.name, set);
  }
  return out;
}

/** Outcome of `pulumi policy publish`. */
export type PublishOutcome =
  | { kind: "published"; result: ProcessResult }
  | { kind: "exists"; result: ProcessResult; reason: string }
  | { kind: "failed"; result: ProcessResult; reason: string };

/** Runs `pulumi policy publish <org>` in the pack folder. Never throws. */
export async function publishPackDir(cli: PulumiCli, org: string, dir: string): Promise<PublishOutcome> {
  const args = ["policy", "publish", org];
  const r = await runProcess(cli.command, args, { cwd: dir, env: cli.env, timeoutMs: cli.timeoutMs });
  if (r.code === 0) return { kind: "published", result: r };
  const reason = describe(cli, args, r);
  if (ALREADY_EXISTS.test(r.stderr) || ALREADY_EXISTS.test(r.stdout)) return { kind: "exists", result: r, reason };
  return { kind: "failed", result: r, reason };
}

/**
 * Runs `pulumi policy enable <org>/<pack> <version> --policy-group <group>`.
 * @returns undefined on success, else the failure line.
 */
export async function enablePack(cli: PulumiCli, org: string, pack: string, version: string, group: string): Promise<string | undefined> {
  const args = ["policy", "enable", `${org}/${pack}`, version, "--policy-group", group];
  const r = await runProcess(cli.command, args, { env: cli.env, timeoutMs: cli.timeoutMs });
  return r.code === 0 ? undefined : describe(cli, args, r);
}
