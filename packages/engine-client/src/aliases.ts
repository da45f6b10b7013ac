/**
 * Former names of renamed policies, as a running pack reports them: each alias is a tag
 * `alias:<old-name>` on the policy in GetAnalyzerInfo (policy-core's `ALIAS_TAG_PREFIX`).
 */
import type { AnalyzerInfo } from "./proto";

/** The tag prefix of a former policy name. */
export const ALIAS_TAG = "alias:";

/**
 * Old name → current name for every alias the pack's policies report.
 * @param info the pack's GetAnalyzerInfo answer.
 */
export function renamedPolicies(info: Pick<AnalyzerInfo, "policies">): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of info.policies) {
    for (const t of p.tags ?? []) if (t.startsWith(ALIAS_TAG) && t.length > ALIAS_TAG.length) out.set(t.slice(ALIAS_TAG.length), p.name);
  }
  return out;
}
