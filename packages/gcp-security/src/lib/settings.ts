/**
 * A boolean resource setting that a policy wants at one value (Cloud SQL
 * `settings.deletionProtectionEnabled`, `settings.backupConfiguration.enabled`,
 * `settings.ipConfiguration.ipv4Enabled`; Cloud DNS policy `enableLogging`; Cloud Storage
 * `uniformBucketLevelAccess`). Read unknown-safe; only the literal `want` is compliant, and the
 * message says whether the value was set to the other value or left out (and what the provider
 * then does, per its docs, in the rule's words). Unlike `checkBoolean` of ./checks, the omitted
 * case is phrased by the rule (`not set (off by default)`).
 */
import { peek, requireKnown, type Report } from "@rampart/policy-core";

/** One boolean setting rule, with the words of its message. */
export interface SettingRule {
  /** Property path, e.g. `settings.deletionProtectionEnabled`. */
  path: string;
  /** The compliant value. */
  want: boolean;
  /** What the omitted setting means, in the parentheses after "not set", e.g. `off by default`. */
  unset: string;
  /** What the other value means, after "so", e.g. `the instance has no automated backups`. */
  risk: string;
  /** What to do, one sentence. */
  fix: string;
}

/**
 * The state of a rule's setting: `ok` (it is `want`), `unknown` (during preview; the SDK's advisory
 * has been asked for with `requireKnown`), or `bad` with the message to report.
 */
export function settingVerdict(props: unknown, rule: SettingRule): { state: "ok" | "unknown" } | { state: "bad"; message: string } {
  const v = peek<boolean>(props, rule.path);
  if (v.state === "unknown") {
    requireKnown(props, rule.path);
    return { state: "unknown" };
  }
  if (v.state === "known" && v.value === rule.want) return { state: "ok" };
  const how = v.state === "known" ? String(!rule.want) : `not set (${rule.unset})`;
  return { state: "bad", message: `${rule.path} is ${how}, so ${rule.risk}. ${rule.fix}` };
}

/** Validates one setting rule: quiet when compliant, the preview advisory when unknown, else a violation. */
export function checkSetting(props: unknown, rule: SettingRule, report: Report): void {
  const s = settingVerdict(props, rule);
  if (s.state === "bad") report(s.message);
}
