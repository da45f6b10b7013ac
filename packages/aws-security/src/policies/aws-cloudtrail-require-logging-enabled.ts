import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** CloudTrail trails must not be stopped: `enableLogging` (default true) must not be false. */
export default awsPolicy({
  name: "aws-cloudtrail-require-logging-enabled",
  description: "CloudTrail trails must not have logging turned off.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enableLogging or set it to true; delete the trail instead if it is no longer needed.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  validateResource: ({ props }, report) => {
    const v = peek<unknown>(props, "enableLogging");
    if (v.state === "unknown") requireKnown(props, "enableLogging");
    if (v.state !== "known" || v.value !== false) return;
    report("enableLogging is false, so the trail records no events. Set enableLogging to true.");
  },
});
