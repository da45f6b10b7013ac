import { fixtures, unknown } from "@rampart/policy-testing";

const SG = "aws:ec2/securityGroup:SecurityGroup";

export default fixtures([
  {
    name: "SSH from a private range",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] }] } },
  },
  {
    name: "HTTPS from anywhere",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }] } },
  },
  {
    name: "inline SSH from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0].cidrBlocks allows 0.0.0.0/0 on tcp port 22",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "inline all traffic from ::/0",
    expect: "violate",
    message: "ingress[1].ipv6CidrBlocks allows ::/0 on all ports and protocols",
    resource: {
      type: SG,
      props: {
        ingress: [
          { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
          { protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] },
        ],
      },
    },
  },
  {
    name: "SecurityGroupRule ingress range 0-1024 from 0.0.0.0/0",
    expect: "violate",
    message: "cidrBlocks allows 0.0.0.0/0 on tcp ports 0-1024",
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "ingress", protocol: "tcp", fromPort: 0, toPort: 1024, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "SecurityGroupRule egress to 0.0.0.0/0 on 22 is not ingress",
    expect: "pass",
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "egress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "vpc SecurityGroupIngressRule SSH from ::/0",
    expect: "violate",
    message: "cidrIpv6 allows ::/0 on tcp port 22",
    resource: {
      type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      props: { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0", securityGroupId: "sg-1" },
    },
  },
  {
    name: "source CIDR unknown during preview",
    expect: "unknown",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: unknown() }] } },
  },
  {
    name: "known private source with unknown description stays quiet",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.1.0.0/16"], description: unknown() }] } },
  },
]);
