import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

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
  ...capRule(
    "maxInstances",
    { what: "Largest maxSize of an Auto Scaling group", minimum: 0, production: 20, nonProduction: 4 },
    {
      spots: ["maxSize"],
      advice: (key) => `Lower maxSize or raise ${key}.`,
      unknownPath: "maxSize",
    },
  ),
});
