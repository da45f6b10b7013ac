import { fixtures, unknown } from "@rampart/policy-testing";

const LT = "aws:ec2/launchTemplate:LaunchTemplate";

export default fixtures([
  {
    name: "encrypted mapping",
    expect: "pass",
    resource: { type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20, encrypted: "true" } }] } },
  },
  {
    name: "mapping without encrypted (defaults apply)",
    expect: "pass",
    resource: { type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] } },
  },
  {
    name: "unencrypted mapping",
    expect: "violate",
    message: 'blockDeviceMappings[0].ebs.encrypted is "false"',
    resource: { type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }] } },
  },
  {
    name: "omitted when required explicitly",
    expect: "violate",
    config: { requireExplicit: true },
    message: "is not set",
    resource: { type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] } },
  },
  {
    name: "encrypted unknown during preview",
    expect: "unknown",
    resource: { type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: unknown() } }] } },
  },
  { name: "instances are another policy's", expect: "not-applicable", resource: { type: "aws:ec2/instance:Instance", props: {} } },
]);
