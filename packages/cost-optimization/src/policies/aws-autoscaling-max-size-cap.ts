import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

/** Auto Scaling groups must cap maxSize at the stack's limit. */
export default costPolicy({
  name: "aws-autoscaling-max-size-cap",
  description: "Auto Scaling groups keep maxSize at or below the stack's cap, so a scaling runaway cannot multiply the bill.",
  severity: "medium",
  remediationSteps:
    "Lower the group's maxSize to the capacity the workload needs at peak (use target-tracking scaling to follow demand), or raise maxInstances / nonProductionMaxInstances for the stack.",
  url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html",
  tags: ["compute"],
  resourceTypes: ["aws:autoscaling/group:Group"],
  config: {
    maxInstances: { type: "integer", minimum: 0, description: "Largest maxSize of an Auto Scaling group on production stacks.", default: 20 },
    nonProductionMaxInstances: { type: "integer", minimum: 0, description: "Largest maxSize of an Auto Scaling group on non-production stacks.", default: 4 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const m = peek<number>(props, "maxSize");
    if (m.state === "unknown") return requireKnown(props, "maxSize");
    if (m.state !== "known" || typeof m.value !== "number") return;
    const cap = limitFor({ urn, stackTags }, config, "maxInstances");
    if (m.value > cap.value) {
      report(msg`maxSize ${m.value} is above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower maxSize or raise ${cap.key}.`);
    }
  },
});
