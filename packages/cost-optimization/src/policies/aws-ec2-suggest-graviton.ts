import { msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { familyRule } from "../lib/families";
import { awsFamily } from "../lib/sizes";

/** x86 families with a Graviton (arm64) equivalent, and that equivalent. */
export const AWS_GRAVITON_EQUIVALENTS: Record<string, string> = {
  t3: "t4g",
  t3a: "t4g",
  m5: "m7g",
  m5a: "m7g",
  m6i: "m7g",
  m6a: "m7g",
  m7i: "m7g",
  m7a: "m7g",
  c5: "c7g",
  c5a: "c7g",
  c6i: "c7g",
  c6a: "c7g",
  c7i: "c7g",
  c7a: "c7g",
  r5: "r7g",
  r5a: "r7g",
  r6i: "r7g",
  r6a: "r7g",
  r7i: "r7g",
  r7a: "r7g",
};

/** Advisory: x86 instances with a cheaper Graviton equivalent. */
export default costPolicy({
  name: "aws-ec2-suggest-graviton",
  description: "EC2 instances and launch templates consider a Graviton (arm64) family, which costs up to about 20% less than the x86 equivalent.",
  severity: "low",
  remediationSteps:
    "If the workload's software runs on arm64, switch to the Graviton family named in the message (t3 → t4g, m6i → m7g, c6i → c7g, r6i → r7g) with an arm64 AMI; otherwise disable this advisory policy for the stack.",
  url: "https://aws.amazon.com/ec2/graviton/",
  tags: ["compute", "graviton"],
  resourceTypes: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate"],
  ...familyRule("gravitonEquivalents", {
    description: 'x86 family → Graviton family to suggest, e.g. {"m6i": "m7g"}.',
    table: AWS_GRAVITON_EQUIVALENTS,
    path: "instanceType",
    familyOf: awsFamily,
    finding: ({ value, to }) =>
      msg`instanceType ${JSON.stringify(value)} is x86; the Graviton type ${JSON.stringify(`${to}.${value.split(".").slice(1).join(".")}`)} costs less if the software runs on arm64.`,
  }),
});
