import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess";

export default fixtures([
  { name: "blocked", expect: "pass", resource: { type: T, props: { state: "block-new-sharing" } } },
  { name: "unblocked", expect: "violate", message: 'state is "unblocked"', resource: { type: T, props: { state: "unblocked" } } },
  { name: "state unknown during preview", expect: "unknown", resource: { type: T, props: { state: unknown() } } },
  {
    name: "snapshot block public access is another policy's",
    expect: "not-applicable",
    resource: { type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", props: {} },
  },
]);
