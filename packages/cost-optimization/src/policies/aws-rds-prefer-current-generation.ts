import { msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { familyRule } from "../lib/families";
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
  ...familyRule("previousGenerations", {
    description: 'Previous-generation family (without db.) → current family to suggest, e.g. {"m4": "m7g"}.',
    table: RDS_PREVIOUS_GENERATIONS,
    path: "instanceClass",
    familyOf: awsFamily,
    finding: ({ value, family, to }) =>
      msg`instanceClass ${JSON.stringify(value)} is a previous generation (${family}). Use ${JSON.stringify(`db.${to}.${value.split(".").slice(2).join(".")}`)} or another current class.`,
  }),
});
