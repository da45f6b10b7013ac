import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:ec2/instance:Instance";
/** An aws.ec2.Instance of ami-1 with `props`. */
const instance = (props: Record<string, unknown>) => ({ type: I, props: { ami: "ami-1", ...props } });

export default fixtures([
  { name: "instance without public IP", expect: "pass", resource: instance({ associatePublicIpAddress: false }) },
  { name: "instance leaving it to the subnet", expect: "pass", resource: instance({ subnetId: "subnet-1" }) },
  { name: "instance with public IP", expect: "violate", message: "associatePublicIpAddress is true", resource: instance({ associatePublicIpAddress: true }) },
  {
    name: "launch configuration with public IP",
    expect: "violate",
    message: "associatePublicIpAddress is true",
    resource: {
      type: "aws:ec2/launchConfiguration:LaunchConfiguration",
      props: { imageId: "ami-1", instanceType: "t3.micro", associatePublicIpAddress: true },
    },
  },
  { name: "value unknown during preview", expect: "unknown", resource: instance({ associatePublicIpAddress: unknown() }) },
  { name: "subnets are another policy's", expect: "not-applicable", resource: { type: "aws:ec2/subnet:Subnet", props: { mapPublicIpOnLaunch: true } } },
]);
