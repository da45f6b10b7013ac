import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:ec2/instance:Instance";

export default fixtures([
  {
    name: "encrypted root and data volumes",
    expect: "pass",
    resource: { type: I, props: { ami: "ami-1", rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] } },
  },
  { name: "encryption left to AMI and account defaults", expect: "pass", resource: { type: I, props: { ami: "ami-1", rootBlockDevice: { volumeSize: 20 } } } },
  {
    name: "unencrypted root volume",
    expect: "violate",
    message: "rootBlockDevice.encrypted is false",
    resource: { type: I, props: { ami: "ami-1", rootBlockDevice: { encrypted: false } } },
  },
  {
    name: "unencrypted data volume on a launch configuration",
    expect: "violate",
    message: "ebsBlockDevices[1].encrypted is false",
    resource: {
      type: "aws:ec2/launchConfiguration:LaunchConfiguration",
      props: {
        imageId: "ami-1",
        instanceType: "t3.micro",
        ebsBlockDevices: [
          { deviceName: "/dev/sdf", encrypted: true },
          { deviceName: "/dev/sdg", encrypted: false },
        ],
      },
    },
  },
  {
    name: "omitted encryption reported when required explicitly",
    expect: "violate",
    config: { requireExplicit: true },
    message: "rootBlockDevice.encrypted is not set",
    resource: { type: I, props: { ami: "ami-1" } },
  },
  { name: "encrypted unknown during preview", expect: "unknown", resource: { type: I, props: { ami: "ami-1", rootBlockDevice: { encrypted: unknown() } } } },
  { name: "a volume is another policy's", expect: "not-applicable", resource: { type: "aws:ebs/volume:Volume", props: {} } },
]);
