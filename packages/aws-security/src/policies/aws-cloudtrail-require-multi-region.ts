import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const TRAIL = "aws:cloudtrail/trail:Trail";

/**
 * A stack that defines CloudTrail trails must include a multi-Region trail
 * (`isMultiRegionTrail: true`). Stack policy: a single-Region trail next to a multi-Region one (for
 * extra data events, say) is fine; when none of the stack's trails is multi-Region, each is
 * reported. Whether a multi-Region trail exists in another stack cannot be seen, so the policy is
 * advisory by default.
 */
export default awsPolicy({
  name: "aws-cloudtrail-require-multi-region",
  description: "CloudTrail must be configured with at least one multi-Region trail.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set isMultiRegionTrail to true (with includeGlobalServiceEvents true and management events for read and write) on the account's main trail, or rely on an organization trail (isOrganizationTrail) that is multi-Region.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
  resourceTypes: [TRAIL],
  validateStack: ({ index }, report) => {
    const trails = index.ofType(TRAIL);
    const states = trails.map((t) => peek<unknown>(t.props, "isMultiRegionTrail"));
    if (states.some((s) => s.state === "known" && s.value === true)) return;
    const unknown = states.some((s) => s.state === "unknown");
    trails.forEach((t, i) => {
      if (states[i].state === "unknown") return;
      const message = msg`Trail "${t.name}" is single-Region (isMultiRegionTrail is not true) and the stack has no multi-Region trail. Set isMultiRegionTrail to true.`;
      if (unknown) report.unknown(`${message} (another trail's isMultiRegionTrail is not known yet)`, t.urn);
      else report(message, t.urn);
    });
    if (unknown && trails.every((_, i) => states[i].state === "unknown")) report.unknown("isMultiRegionTrail of the stack's trails is not known yet.");
  },
});
