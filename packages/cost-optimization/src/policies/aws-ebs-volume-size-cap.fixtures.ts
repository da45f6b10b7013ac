import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const V = "aws:ebs/volume:Volume";

export default fixtures([
  { name: "100 GiB volume", expect: "pass", resource: { type: V, props: { availabilityZone: "us-east-1a", size: 100, type: "gp3" } } },
  { name: "volume from a snapshot without size", expect: "pass", resource: { type: V, props: { availabilityZone: "us-east-1a", snapshotId: "snap-1" } } },
  ...inAndOutsideProduction(
    "2 TiB",
    { type: V, props: { availabilityZone: "us-east-1a", size: 2048 } },
    "size is 2048 GiB, above the non-production cap nonProductionMaxSizeGib = 500",
  ),
  {
    name: "big launch-template volume",
    expect: "violate",
    message: "blockDeviceMappings[0].ebs.volumeSize",
    resource: { type: "aws:ec2/launchTemplate:LaunchTemplate", props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 1000 } }] } },
  },
  {
    name: "stricter configured cap",
    expect: "violate",
    message: "nonProductionMaxSizeGib = 50",
    config: { nonProductionMaxSizeGib: 50 },
    resource: { type: "aws:ec2/instance:Instance", props: { rootBlockDevice: { volumeSize: 80 } } },
  },
  { name: "size unknown", expect: "unknown", resource: { type: V, props: { availabilityZone: "us-east-1a", size: unknown() } } },
]);
