import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:ec2/subnet:Subnet";
const DS = "aws:ec2/defaultSubnet:DefaultSubnet";

export default fixtures([
  { name: "private subnet (default false)", expect: "pass", resource: { type: S, props: { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24" } } },
  { name: "default subnet turned private", expect: "pass", resource: { type: DS, props: { availabilityZone: "us-east-1a", mapPublicIpOnLaunch: false } } },
  { name: "IPv6 assignment not checked by default", expect: "pass", resource: { type: S, props: { vpcId: "vpc-1", assignIpv6AddressOnCreation: true } } },
  {
    name: "public subnet",
    expect: "violate",
    message: "mapPublicIpOnLaunch is true",
    resource: { type: S, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: true } },
  },
  {
    name: "adopted default subnet keeps public IPs",
    expect: "violate",
    message: "default subnet",
    resource: { type: DS, props: { availabilityZone: "us-east-1a" } },
  },
  {
    name: "IPv6 assignment when configured",
    expect: "violate",
    config: { checkIpv6: true },
    message: "assignIpv6AddressOnCreation is true",
    resource: { type: S, props: { vpcId: "vpc-1", assignIpv6AddressOnCreation: true } },
  },
  { name: "value unknown during preview", expect: "unknown", resource: { type: S, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: unknown() } } },
  { name: "a VPC is not a subnet", expect: "not-applicable", resource: { type: "aws:ec2/vpc:Vpc", props: {} } },
]);
