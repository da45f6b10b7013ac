import { fixtures, unknown } from "@rampart/policy-testing";

const V = "aws:ebs/volume:Volume";
const I = "aws:ec2/instance:Instance";
const LT = "aws:ec2/launchTemplate:LaunchTemplate";

export default fixtures([
  { name: "gp3 volume", expect: "pass", resource: { type: V, props: { availabilityZone: "us-east-1a", size: 100, type: "gp3" } } },
  {
    name: "volume without type (gp2 is the API default)",
    expect: "violate",
    message: "type is not set",
    resource: { type: V, props: { availabilityZone: "us-east-1a", size: 100 } },
  },
  { name: "instance root without volumeType (AMI mapping decides)", expect: "pass", resource: { type: I, props: { rootBlockDevice: { volumeSize: 20 } } } },
  {
    name: "instance with gp3 root",
    expect: "pass",
    resource: { type: I, props: { instanceType: "t3.micro", rootBlockDevice: { volumeType: "gp3", volumeSize: 20 } } },
  },
  { name: "gp2 volume", expect: "violate", message: 'type is "gp2"', resource: { type: V, props: { availabilityZone: "us-east-1a", size: 100, type: "gp2" } } },
  {
    name: "instance with a gp2 data volume",
    expect: "violate",
    message: "ebsBlockDevices[1].volumeType",
    resource: {
      type: I,
      props: {
        ebsBlockDevices: [
          { deviceName: "/dev/sdf", volumeType: "gp3" },
          { deviceName: "/dev/sdg", volumeType: "gp2" },
        ],
      },
    },
  },
  {
    name: "launch template with gp2",
    expect: "violate",
    message: "blockDeviceMappings[0].ebs.volumeType",
    resource: { type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeType: "gp2", volumeSize: 30 } }] } },
  },
  { name: "volume type unknown", expect: "unknown", resource: { type: V, props: { availabilityZone: "us-east-1a", type: unknown() } } },
  { name: "root block device unknown", expect: "unknown", resource: { type: I, props: { rootBlockDevice: unknown() } } },
]);
