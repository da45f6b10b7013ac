/**
 * Settings that live on a companion resource (a storage account's BlobServiceProperties, a
 * server's Configuration or auditing policy), checked from both sides through the stack index:
 * every companion in the stack is judged on its own (also when its target is outside the stack),
 * and each target without a companion that sets the value is judged by the service default.
 */
import type { PolicyResource } from "@pulumi/policy";
import type { StackIndex, StackReport } from "@rampart/policy-core";

/** A companion's verdict; `undefined` when it does not set the value checked (another server parameter). */
export type CompanionVerdict = "ok" | "bad" | "unknown" | undefined;

/** What `checkCompanions` needs to know about one setting. */
export interface CompanionSpec {
  targetTypes: readonly string[];
  companionTypes: readonly string[];
  /** The companion's property naming its target (`accountName`, `serverName`). */
  linkProperty: string;
  /** Target properties that identify it (`accountName`, `name`). */
  targetKeys: readonly string[];
  /** Judges one companion (read it with `peek`: a stack policy must not throw on unknown values). */
  verdict(companion: PolicyResource): CompanionVerdict;
  /** The violation message for a companion judged "bad" (reported on the companion). */
  bad(companion: PolicyResource): string;
  /**
   * The message for a target with no companion that sets the value, reported as advisory on the
   * target (the stack may not hold every companion). Omit when the service default is fine.
   */
  missing?: string;
  /** Targets the `missing` check applies to (default: all), e.g. accounts that have a blob service. */
  appliesTo?(target: PolicyResource): boolean;
}

/** Runs one companion check over the stack and reports on `report` (see `CompanionSpec`). */
export function checkCompanions(index: StackIndex, report: StackReport, spec: CompanionSpec): void {
  const links = index.companions({
    targetTypes: spec.targetTypes,
    companionTypes: spec.companionTypes,
    linkProperty: spec.linkProperty,
    targetKeys: spec.targetKeys,
  });
  const verdicts = new Map<string, CompanionVerdict>();
  for (const c of index.ofType(...spec.companionTypes)) {
    const v = spec.verdict(c);
    verdicts.set(c.urn, v);
    if (v === "bad") report(spec.bad(c), c.urn);
    else if (v === "unknown") report.unknown("a value this policy checks is not known yet.", c.urn);
  }
  if (!spec.missing) return;
  const relevant = (c: PolicyResource) => verdicts.get(c.urn) !== undefined;
  const pending = links.unresolved.some(relevant);
  for (const t of index.ofType(...spec.targetTypes)) {
    if (spec.appliesTo && !spec.appliesTo(t)) continue;
    if ((links.byTarget.get(t.urn) ?? []).some(relevant)) continue;
    if (pending) report.unknown("a companion resource whose link to this resource is not known yet may set the value.", t.urn);
    else report.advisory(spec.missing, t.urn);
  }
}
