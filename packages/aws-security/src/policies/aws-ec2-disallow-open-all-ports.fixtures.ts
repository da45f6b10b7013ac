import { fixtures, unknown } from "@rampart/policy-testing";

const SG = "aws:ec2/securityGroup:SecurityGroup";

export default fixtures([
  {
    name: "all traffic from inside the VPC",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/16"] }] } },
  },
  {
    name: "HTTPS from anywhere",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "all protocols from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0].cidrBlocks allows 0.0.0.0/0 on all ports and protocols",
    resource: { type: SG, props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "TCP 0-65535 from ::/0 via SecurityGroupRule",
    expect: "violate",
    message: "ipv6CidrBlocks allows ::/0 on tcp ports 0-65535",
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "ingress", protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "vpc ingress rule ipProtocol -1 from 0.0.0.0/0",
    expect: "violate",
    message: "cidrIpv4 allows 0.0.0.0/0",
    resource: {
      type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      props: { ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", securityGroupId: "sg-1" },
    },
  },
  {
    name: "protocol unknown during preview",
    expect: "unknown",
    resource: { type: SG, props: { ingress: [{ protocol: unknown(), fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
]);
