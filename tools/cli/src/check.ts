/**
 * Running packs over the engine protocol on a check input: each pack started as the Pulumi CLI
 * starts it (the engine client of @rampart/engine-client), configured as the CLI configures it,
 * then Analyze for every custom resource and one AnalyzeStack, like `pulumi policy analyze`.
 */
import {
  AnalyzerInfo,
  Diagnostic,
  PolicyPackConfigFile,
  PolicyPackProcess,
  resolveEngineConfig,
  serializeAnalyzeRequest,
  serializeAnalyzeStackRequest,
  typeOfUrn,
  nameOfUrn,
} from "@rampart/engine-client";
import type { CheckInput } from "./inputs/stack-export";
import type { PackRef } from "./packs";
import { InputError } from "./errors";
import { validatePolicyConfig } from "./config-validate";
import { trackChild } from "./lifecycle";

/** Options for a check run. */
export interface RunCheckOptions {
  /** Called after each Analyze/AnalyzeStack call with calls done and calls in total (all packs). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Let the check drop the input's resources once it no longer needs them: `input.stackResources`
   * is emptied as soon as the AnalyzeStack request is encoded, and `input.resources` once every
   * pack has answered its Analyze calls, so that a large stack's resources can be freed while the
   * packs answer AnalyzeStack (the phase where one pack holds the whole stack). The caller must not
   * read those two lists afterwards. Default false (the input is left as it was).
   */
  releaseInput?: boolean;
}

/** One violation, with where it was found. */
export interface Violation {
  pack: string;
  packVersion: string;
  policy: string;
  enforcementLevel: Diagnostic["enforcementLevel"];
  severity: Diagnostic["severity"];
  description: string;
  /** The message as the policy reported it, without the description line. */
  message: string;
  urn: string;
  resourceName: string;
  resourceType: string;
  /** Where the resource is defined (YAML programs: Pulumi.yaml and line; exports: the file and the URN's line). */
  location?: { file: string; line?: number };
}

/** The packs run and what they found. */
export interface CheckResult {
  packs: { name: string; version: string; dir: string; info: AnalyzerInfo }[];
  violations: Violation[];
  resourcesChecked: number;
  /** Things the user should know that do not stop the check (one line each). */
  warnings: string[];
}

const IN_FLIGHT = 32;

async function mapLimited<T, R>(items: readonly T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}

/**
 * The order in which packs answer AnalyzeStack: indexes into `infos`, fewest policies first (ties
 * in the order given), so that the pack expected to hold the most memory answers last.
 */
export function stackTurnOrder(infos: readonly Pick<AnalyzerInfo, "policies">[]): number[] {
  return infos
    .map((info, i) => ({ i, n: info.policies.length }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map((e) => e.i);
}

/**
 * The URN stack-level violations are shown against: the stack resource, else the default root
 * stack URN of the stack's project (pkg/resource/deploy snapshotRootStackURN).
 */
export function rootStackUrn(input: Pick<CheckInput, "stackResources" | "stack" | "project">): string {
  const root = input.stackResources.find((r) => r.type === "pulumi:pulumi:Stack" && !r.parent);
  return root?.urn ?? `urn:pulumi:${input.stack}::${input.project}::pulumi:pulumi:Stack::${input.project}-${input.stack}`;
}

/**
 * A diagnostic as the engine reports it: a resource policy's against its resource; a stack policy's
 * against its own URN when that names a resource of the stack, else the root stack
 * (resolveStackPolicyViolationURN); `remediate` shown as `mandatory` (a remediation that still
 * reports a violation, and stack policies, which cannot remediate).
 */
function toViolation(d: Diagnostic, fallbackUrn: string, inStack?: (urn: string) => boolean): Violation {
  const urn = inStack ? (d.urn && inStack(d.urn) ? d.urn : fallbackUrn) : d.urn || fallbackUrn;
  const nl = d.message.indexOf("\n");
  const message = d.message.startsWith(d.description) && nl >= 0 ? d.message.slice(nl + 1) : d.message;
  return {
    pack: d.policyPackName,
    packVersion: d.policyPackVersion,
    policy: d.policyName,
    enforcementLevel: d.enforcementLevel === "remediate" ? "mandatory" : d.enforcementLevel,
    severity: d.severity,
    description: d.description,
    message,
    urn,
    resourceName: urn ? nameOfUrn(urn) : "",
    resourceType: urn ? typeOfUrn(urn) : "",
  };
}

/**
 * One config file serves every pack, as `--policy-pack-config` given once per `--policy-pack`. The
 * Pulumi CLI fills a policy's level from the pack's metadata only for policies that pack has
 * (pkg/resource/analyzer/config.go ReconcilePolicyPackConfig); an object entry without
 * `enforcementLevel` for a policy another pack has reaches that pack with level "" and the CLI
 * stops with `invalid enforcement level ""`. rampart rejects such a file the same way.
 * @throws InputError naming the policy and the packs that lack it.
 */
export function rejectLevelessForeignEntries(infos: readonly AnalyzerInfo[], config: PolicyPackConfigFile): void {
  for (const [key, entry] of Object.entries(config)) {
    if (key === "all" || !entry || typeof entry !== "object" || Array.isArray(entry) || "enforcementLevel" in entry) continue;
    const lacking = infos.filter((i) => !i.policies.some((p) => p.name === key)).map((i) => i.name);
    if (lacking.length) {
      throw new InputError(
        `policy config: ${key} has no enforcementLevel, and ${lacking.join(", ")} ${lacking.length === 1 ? "does" : "do"} not have this policy: the Pulumi CLI gives the file to every pack and rejects that entry (invalid enforcement level ""); add "enforcementLevel"`,
      );
    }
  }
}

/**
 * Checks `input` with every pack. Every resource goes to all packs at once (one encoding, answered in
 * parallel); then the packs answer AnalyzeStack one after another, each stopped as soon as it has
 * answered; every pack is stopped on error.
 * @throws InputError when the config file names a policy no pack has.
 */
export async function runCheck(
  input: CheckInput,
  packs: readonly PackRef[],
  config: PolicyPackConfigFile = {},
  opts: RunCheckOptions = {},
): Promise<CheckResult> {
  const started: PolicyPackProcess[] = [];
  // Killed by the CLI's signal handler if the user stops the check (Ctrl-C, SIGTERM).
  const untrack: (() => void)[] = [];
  try {
    // Settle every start before failing, so packs that did start are stopped in `finally`.
    const settled = await Promise.allSettled(
      packs.map(async (p) => {
        const proc = await PolicyPackProcess.start(p.dir);
        started.push(proc);
        untrack.push(trackChild(proc));
        return { ref: p, proc, info: await proc.getAnalyzerInfo() };
      }),
    );
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
    const procs = settled.map((s) => (s as PromiseFulfilledResult<{ ref: PackRef; proc: PolicyPackProcess; info: AnalyzerInfo }>).value);
    const known = new Set(procs.flatMap((p) => p.info.policies.map((x) => x.name)));
    // The engine accepts config for policies a pack does not have (a file shared by packs); a name
    // in none of the packs run is most likely a typo, so it is reported, not silently ignored.
    const warnings: string[] = [];
    for (const key of Object.keys(config)) {
      if (key !== "all" && !known.has(key))
        warnings.push(`policy config names '${key}', which is in none of the packs (${procs.map((p) => p.info.name).join(", ")}); it has no effect`);
    }
    rejectLevelessForeignEntries(
      procs.map((p) => p.info),
      config,
    );
    validatePolicyConfig(
      procs.map((p) => p.info),
      config,
    );
    const resourcesChecked = input.resources.length;
    const total = procs.length * (resourcesChecked + 1);
    const stackUrns = new Set(input.stackResources.map((r) => r.urn));
    const inStack = (urn: string) => stackUrns.has(urn);
    const rootUrn = rootStackUrn(input);
    let done = 0;
    const tick = () => opts.onProgress?.(++done, total);
    // The AnalyzeStack request is encoded once, when the first pack needs it, and the same bytes go
    // to every pack: a message tree per pack would hold the whole stack several times over.
    let stackRequest: Uint8Array | undefined;
    const stackBytes = () => {
      if (!stackRequest) {
        stackRequest = serializeAnalyzeStackRequest(input.stackResources);
        if (opts.releaseInput) input.stackResources = [];
      }
      return stackRequest;
    };
    // A large stack takes a pack longer than the engine client's default deadline of 120 s.
    const stackDeadlineMs = Math.max(120_000, input.stackResources.length * 10);
    // A pack answering AnalyzeStack holds the whole stack (the request, its decoded resources, the
    // SDK's view of them): about 17 KiB a resource for aws-security. So the packs get the request
    // one after another, and each pack is stopped as soon as it has answered, so its memory is
    // released before the next pack decodes the stack. (The engine sends AnalyzeStack to all packs
    // at once; it is the Go process that holds the snapshot, and rampart's diagnostics do not
    // depend on the order.)
    await Promise.all(
      procs.map(async ({ proc, info }) => {
        await proc.configure(resolveEngineConfig(info, config));
        // `pulumi policy analyze` never calls ConfigureStack (no stack name, tags or dry-run flag
        // reach policies); a preview does, with dryRun.
        if (input.kind !== "stack-export") {
          await proc.configureStack({ stack: input.stack, project: input.project, organization: input.organization, dryRun: true });
        }
      }),
    );
    // Each resource is encoded once and the same bytes go to every pack (the packs answer in
    // parallel), as the engine hands each resource to all its analyzers before the step goes on.
    const perResource = await mapLimited(input.resources, IN_FLIGHT, (r) => {
      const request = serializeAnalyzeRequest(r);
      return Promise.all(
        procs.map(async ({ proc }) => {
          const out = (await proc.analyze(request)).diagnostics.map((d) => toViolation(d, r.urn));
          tick();
          return out;
        }),
      );
    });
    if (opts.releaseInput) input.resources = [];
    // Packs waiting for their turn stay alive (a few hundred MB each at 100k resources), so the pack
    // with the most policies, which holds the most while it answers, goes last, when the others have
    // been stopped. Results stay in the order the packs were given.
    const results: Violation[][] = procs.map(() => []);
    for (const i of stackTurnOrder(procs.map((p) => p.info))) {
      const outcome = await procs[i].proc.analyzeStack(stackBytes(), stackDeadlineMs);
      await procs[i].proc.stop();
      tick();
      results[i] = [...perResource.flatMap((byPack) => byPack[i]), ...outcome.diagnostics.map((d) => toViolation(d, rootUrn, inStack))];
    }
    return {
      packs: procs.map((p) => ({ name: p.info.name, version: p.info.version, dir: p.ref.dir, info: p.info })),
      violations: results.flat().map((v) => {
        const loc = v.urn ? input.locations?.get(v.urn) : undefined;
        return loc ? { ...v, location: loc } : v;
      }),
      resourcesChecked,
      warnings,
    };
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    for (const u of untrack) u();
  }
}
