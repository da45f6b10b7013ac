import { fixtures, unknown } from "@rampart/policy-testing";

const V = "aws:ebs/volume:Volume";

export default fixtures([
  { name: "encrypted volume", expect: "pass", resource: { type: V, props: { availabilityZone: "us-east-1a", size: 10, encrypted: true } } },
  {
    name: "volume from a snapshot inherits encryption",
    expect: "pass",
    resource: { type: V, props: { availabilityZone: "us-east-1a", snapshotId: "snap-1" } },
  },
  {
    name: "unencrypted volume",
    expect: "violate",
    message: "encrypted is false",
    resource: { type: V, props: { availabilityZone: "us-east-1a", size: 10, encrypted: false } },
  },
  {
    name: "volume without encrypted",
    expect: "violate",
    message: "encrypted is not set",
    resource: { type: V, props: { availabilityZone: "us-east-1a", size: 10 } },
  },
  { name: "encrypted unknown during preview", expect: "unknown", resource: { type: V, props: { availabilityZone: "us-east-1a", encrypted: unknown() } } },
  { name: "a snapshot is not a volume", expect: "not-applicable", resource: { type: "aws:ebs/snapshot:Snapshot", props: {} } },
]);
