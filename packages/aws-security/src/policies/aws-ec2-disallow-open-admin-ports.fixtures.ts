import { fixtures, unknown } from "@rampart/policy-testing";

const SG = "aws:ec2/securityGroup:SecurityGroup";

export default fixtures([
  {
    name: "admin ports from a VPN range",
    expect: "pass",
    resource: {
      type: SG,
      props: {
        ingress: [
          { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.8.0.0/16"] },
          { protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlocks: ["fd00::/8"] },
        ],
      },
    },
  },
  {
    name: "web ports from anywhere",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 80, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "UDP 3389 is not TCP administration",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "udp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "range 20-3400 from 0.0.0.0/0 hits both",
    expect: "violate",
    message: "includes administration ports 22, 3389",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 20, toPort: 3400, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "vpc ingress rule SSH from ::/0 (IPv6)",
    expect: "violate",
    message: "cidrIpv6 allows ::/0 on tcp port 22",
    resource: {
      type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      props: { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0", securityGroupId: "sg-1" },
    },
  },
  {
    name: "configured WinRM port",
    expect: "violate",
    config: { adminPorts: [22, 3389, 5985, 5986] },
    message: "administration ports 5985, 5986",
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "ingress", protocol: "tcp", fromPort: 5985, toPort: 5986, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "port range unknown during preview",
    expect: "unknown",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: unknown(), toPort: unknown(), cidrBlocks: ["0.0.0.0/0"] }] } },
  },
]);
