import { fixtures, unknown } from "@rampart/policy-testing";

const SG = "aws:ec2/securityGroup:SecurityGroup";

export default fixtures([
  {
    name: "RDP from a private range",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["10.0.0.0/8"] }] } },
  },
  {
    name: "HTTPS from anywhere",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "inline RDP from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0].cidrBlocks allows 0.0.0.0/0 on tcp port 3389",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "SecurityGroupRule range 3000-4000 from ::/0",
    expect: "violate",
    message: "ipv6CidrBlocks allows ::/0 on tcp ports 3000-4000",
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "ingress", protocol: "tcp", fromPort: 3000, toPort: 4000, ipv6CidrBlocks: ["::/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "vpc SecurityGroupIngressRule all traffic from 0.0.0.0/0",
    expect: "violate",
    message: "cidrIpv4 allows 0.0.0.0/0 on all ports and protocols",
    resource: {
      type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      props: { ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", securityGroupId: "sg-1" },
    },
  },
  {
    name: "source unknown during preview",
    expect: "unknown",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: unknown() }] } },
  },
  { name: "a subnet is not a rule", expect: "not-applicable", resource: { type: "aws:ec2/subnet:Subnet", props: {} } },
]);
