/**
 * "Every X needs its companion Y": the `validateStack` of the policies whose setting lives in a
 * separate resource that names its target (an AWS Backup vault's VaultLockConfiguration, an EFS
 * file system's BackupPolicy, a secret's SecretRotation, a Redshift cluster's Logging). Targets and
 * companions are linked by `StackIndex.companions` of @rampart/policy-core (the link property's
 * value or its property dependency).
 */
import type { PolicyResource } from "@pulumi/policy";
import type { StackContext, StackReport } from "@rampart/policy-core";

/** Whether one companion turns the setting on, is there but off, or cannot be told during preview. */
export type CompanionState = "yes" | "no" | "unknown";

/** A message about one target resource. */
export type TargetMessage = (target: PolicyResource) => string;

/** What `requireCompanion` checks. */
export interface CompanionRule {
  /** Type token of the resources that need the companion. */
  readonly target: string;
  /** Type token of the companion. */
  readonly companion: string;
  /** The companion's property naming its target (`fileSystemId`). */
  readonly linkProperty: string;
  /** Target properties whose values the link may hold (`["id", "arn"]`). */
  readonly targetKeys: readonly string[];
  /** Whether a companion turns the setting on; without it every companion does. */
  readonly state?: (companion: PolicyResource) => CompanionState;
  /** Violation: the target has no companion. */
  readonly missing: TargetMessage;
  /** Advisory: no companion is linked, but one whose link is not known yet may belong to the target. */
  readonly unresolved: TargetMessage;
  /** Violation: the target's companions all turn the setting off (needed with `state`). */
  readonly disabled?: TargetMessage;
  /** Advisory: no companion turns the setting on and one's state is not known yet (needed when `state` can say "unknown"). */
  readonly stateUnknown?: TargetMessage;
}

/** The part of a stack policy `requireCompanion` gives: its resource types and its stack check. */
export interface CompanionPolicyPart {
  /** The target and the companion type tokens, in that order. */
  readonly resourceTypes: string[];
  /** The stack check. */
  readonly validateStack: (stack: Pick<StackContext<unknown>, "index">, report: StackReport) => void;
}

/**
 * The resource types (`[target, companion]`) and the stack check of a companion policy, to spread
 * into its definition. The check reports, at each target resource: nothing when one of its companions is on;
 * `stateUnknown` (advisory) when one's state is unknown; `unresolved` (advisory) when it has none
 * but a companion's link is not known yet; else `disabled` when it has companions, `missing` when
 * it has none.
 */
export function requireCompanion(rule: CompanionRule): CompanionPolicyPart {
  const validateStack: CompanionPolicyPart["validateStack"] = ({ index }, report) => {
    const links = index.companions({
      targetTypes: [rule.target],
      companionTypes: [rule.companion],
      linkProperty: rule.linkProperty,
      targetKeys: rule.targetKeys,
    });
    for (const t of index.ofType(rule.target)) {
      const companions = links.byTarget.get(t.urn) ?? [];
      const states = companions.map((c) => (rule.state ? rule.state(c) : "yes"));
      if (states.includes("yes")) continue;
      if (states.includes("unknown")) {
        report.unknown((rule.stateUnknown ?? rule.unresolved)(t), t.urn);
        continue;
      }
      if (!companions.length && links.unresolved.length) {
        report.unknown(rule.unresolved(t), t.urn);
        continue;
      }
      report(companions.length ? (rule.disabled ?? rule.missing)(t) : rule.missing(t), t.urn);
    }
  };
  return { resourceTypes: [rule.target, rule.companion], validateStack };
}
