/**
 * Running fixtures: in process (Runner A) or against a started pack (Runner B), with the same
 * judging, so the two can be compared verdict for verdict.
 */
import type { RampartPolicy } from "@rampart/policy-core";
import { PolicyPackProcess, resolveEngineConfig } from "@rampart/engine-client";
import { Fixture, fixtureSetting, judge, toEngineResources } from "./fixtures";
import { analyzeInProcess, analyzeStackInProcess } from "./in-process";
import type { AnalyzeOutcome, AnalyzerInfo } from "@rampart/engine-client";

/** The result of one fixture on one runner. */
export interface FixtureResult {
  policy: string;
  fixture: string;
  outcome: AnalyzeOutcome;
  /** `undefined` when the expectation holds, else why not. */
  failure?: string;
}

function only(outcome: AnalyzeOutcome, policy: string): AnalyzeOutcome {
  return {
    diagnostics: outcome.diagnostics.filter((d) => d.policyName === policy),
    notApplicable: outcome.notApplicable.filter((n) => n.policyName === policy),
  };
}

function merge(outcomes: AnalyzeOutcome[]): AnalyzeOutcome {
  return { diagnostics: outcomes.flatMap((o) => o.diagnostics), notApplicable: outcomes.flatMap((o) => o.notApplicable) };
}

/**
 * Runs one fixture in process. A resource policy is run on each resource of the fixture; a stack
 * policy once on all of them.
 * @throws when the policy throws anything but the SDK's unknown-value error.
 */
export async function runFixtureInProcess(policy: RampartPolicy, fx: Fixture): Promise<FixtureResult> {
  const resources = toEngineResources(fx);
  const setting = { [policy.name]: fixtureSetting(fx) };
  const outcome =
    policy.kind === "stack"
      ? await analyzeStackInProcess([policy], resources, setting, fx.stackTags)
      : merge(await Promise.all(resources.map((r) => analyzeInProcess([policy], r, setting, fx.stackTags))));
  return { policy: policy.name, fixture: fx.name, outcome, failure: judge(policy, fx, outcome, resources) };
}

/**
 * Runs one fixture against a running pack over the engine protocol. Configures the pack as the
 * CLI would with `all: mandatory` plus the fixture's config for its policy, and sends stack tags.
 */
export async function runFixtureOverEngine(pack: PolicyPackProcess, info: AnalyzerInfo, policy: RampartPolicy, fx: Fixture): Promise<FixtureResult> {
  const resources = toEngineResources(fx);
  await pack.configure(resolveEngineConfig(info, { all: "mandatory", [policy.name]: { enforcementLevel: "mandatory", ...(fx.config ?? {}) } }));
  await pack.configureStack({ stack: "dev", project: "fixture", tags: fx.stackTags ?? {} });
  const outcome =
    policy.kind === "stack"
      ? only(await pack.analyzeStack(resources), policy.name)
      : only(merge(await Promise.all(resources.map((r) => pack.analyze(r)))), policy.name);
  return { policy: policy.name, fixture: fx.name, outcome, failure: judge(policy, fx, outcome, resources) };
}

/** Verdict summary used to compare runners: per diagnostic its level and message. */
export function verdictOf(r: FixtureResult): string {
  return JSON.stringify(
    r.outcome.diagnostics.map((d) => `${d.enforcementLevel}|${d.urn}|${d.message.replace(/policy pack '[^']+'/g, "policy pack '*'")}`).sort(),
  );
}
