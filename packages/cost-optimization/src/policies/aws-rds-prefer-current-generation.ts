import { peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { awsFamily } from "../lib/sizes";

/** Previous-generation RDS instance families and the current family to suggest. */
export const RDS_PREVIOUS_GENERATIONS: Record<string, string> = {
  t2: "t4g",
  m1: "m7g",
  m2: "r7g",
  m3: "m7g",
  m4: "m7g",
  r3: "r7g",
  r4: "r7g",
};

/** RDS and Aurora instances should not use a previous-generation class. */
export default costPolicy({
  name: "aws-rds-prefer-current-generation",
  description: "RDS and Aurora instances use a current-generation instance class; previous generations cost more per unit of performance.",
  severity: "low",
  remediationSteps:
    "Move to the current class named in the message with the same size (db.t2 → db.t4g, db.m4 → db.m7g, db.r4 → db.r7g), checking that the engine version supports it.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Support.html",
  tags: ["database"],
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance"],
  config: {
    previousGenerations: {
      type: "object",
      additionalProperties: { type: "string" },
      description: 'Previous-generation family (without db.) → current family to suggest, e.g. {"m4": "m7g"}.',
      default: RDS_PREVIOUS_GENERATIONS,
    },
  },
  validateResource: ({ props, config }, report) => {
    const c = peek<string>(props, "instanceClass");
    if (c.state === "unknown") return requireKnown(props, "instanceClass");
    if (c.state !== "known" || typeof c.value !== "string") return;
    const family = awsFamily(c.value);
    const next = Object.prototype.hasOwnProperty.call(config.previousGenerations, family) ? config.previousGenerations[family] : undefined;
    if (next) {
      const size = c.value.split(".").slice(2).join(".");
      report(
        msg`instanceClass ${JSON.stringify(c.value)} is a previous generation (${family}). Use ${JSON.stringify(`db.${next}.${size}`)} or another current class.`,
      );
    }
  },
});
