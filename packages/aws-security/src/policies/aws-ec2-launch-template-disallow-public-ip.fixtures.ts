import { fixtures, unknown } from "@rampart/policy-testing";

const LT = "aws:ec2/launchTemplate:LaunchTemplate";

export default fixtures([
  {
    name: "private interface",
    expect: "pass",
    resource: { type: LT, props: { networkInterfaces: [{ associatePublicIpAddress: "false", subnetId: "subnet-1" }] } },
  },
  { name: "no interfaces", expect: "pass", resource: { type: LT, props: { imageId: "ami-1" } } },
  {
    name: "public interface",
    expect: "violate",
    message: 'networkInterfaces[0].associatePublicIpAddress is "true"',
    resource: { type: LT, props: { networkInterfaces: [{ associatePublicIpAddress: "true" }] } },
  },
  {
    name: "second interface public",
    expect: "violate",
    message: "networkInterfaces[1]",
    resource: { type: LT, props: { networkInterfaces: [{ deviceIndex: 0 }, { deviceIndex: 1, associatePublicIpAddress: "true" }] } },
  },
  { name: "value unknown during preview", expect: "unknown", resource: { type: LT, props: { networkInterfaces: [{ associatePublicIpAddress: unknown() }] } } },
  { name: "instances are another policy's", expect: "not-applicable", resource: { type: "aws:ec2/instance:Instance", props: {} } },
]);
