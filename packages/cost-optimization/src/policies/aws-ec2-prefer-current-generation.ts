import { msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { familyRule } from "../lib/families";
import { awsFamily } from "../lib/sizes";

/** Previous-generation EC2 families and the current family to move to (same size names). */
export const AWS_PREVIOUS_GENERATIONS: Record<string, string> = {
  t1: "t3",
  t2: "t3",
  m1: "m7i",
  m2: "r7i",
  m3: "m7i",
  m4: "m7i",
  c1: "c7i",
  c3: "c7i",
  c4: "c7i",
  r3: "r7i",
  r4: "r7i",
  i2: "i4i",
  d2: "d3",
  cc2: "c7i",
  cr1: "r7i",
  hs1: "d3",
};

/** EC2 instances and launch templates should not use a previous-generation family. */
export default costPolicy({
  name: "aws-ec2-prefer-current-generation",
  description: "EC2 instances and launch templates use a current-generation family; previous generations cost more for less performance.",
  severity: "low",
  remediationSteps:
    "Move to the current family named in the message with the same size (t2 → t3, m4 → m7i, c4 → c7i, r4 → r7i); Graviton families (t4g, m7g, c7g, r7g) are cheaper still where the software runs on arm64.",
  url: "https://aws.amazon.com/ec2/previous-generation/",
  tags: ["compute"],
  resourceTypes: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate"],
  ...familyRule("previousGenerations", {
    description: 'Previous-generation family → the current family to suggest, e.g. {"t2": "t3", "m4": "m7i"}.',
    table: AWS_PREVIOUS_GENERATIONS,
    path: "instanceType",
    familyOf: awsFamily,
    finding: ({ value, family, to }) =>
      msg`instanceType ${JSON.stringify(value)} is a previous-generation family (${family}). Use ${JSON.stringify(`${to}.${value.split(".").slice(1).join(".")}`)} or another current family.`,
  }),
});
