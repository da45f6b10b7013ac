import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess";

export default fixtures([
  { name: "block all sharing", expect: "pass", resource: { type: T, props: { state: "block-all-sharing" } } },
  { name: "block new sharing", expect: "pass", resource: { type: T, props: { state: "block-new-sharing" } } },
  { name: "unblocked", expect: "violate", message: 'state is "unblocked"', resource: { type: T, props: { state: "unblocked" } } },
  {
    name: "block-new-sharing rejected when only block-all-sharing is allowed",
    expect: "violate",
    config: { allowedStates: ["block-all-sharing"] },
    message: '"block-new-sharing"',
    resource: { type: T, props: { state: "block-new-sharing" } },
  },
  { name: "state unknown during preview", expect: "unknown", resource: { type: T, props: { state: unknown() } } },
  {
    name: "AMI block public access is another policy's",
    expect: "not-applicable",
    resource: { type: "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess", props: { state: "unblocked" } },
  },
]);
