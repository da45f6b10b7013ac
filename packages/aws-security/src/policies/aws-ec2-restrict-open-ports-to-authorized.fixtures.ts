import { fixtures, unknown } from "@rampart/policy-testing";

const SG = "aws:ec2/securityGroup:SecurityGroup";

export default fixtures([
  {
    name: "HTTP and HTTPS (TCP and UDP/QUIC) from anywhere",
    expect: "pass",
    resource: {
      type: SG,
      props: {
        ingress: [
          { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
          { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
          { protocol: "udp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
        ],
      },
    },
  },
  {
    name: "ICMP echo from anywhere",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "icmp", fromPort: 8, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "any port from a private range",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["192.168.0.0/16"] }] } },
  },
  {
    name: "8080 from anywhere",
    expect: "violate",
    message: "allows 0.0.0.0/0 on tcp port 8080, which is not an authorized public port (80, 443)",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "vpc ingress rule 80-90 from ::/0",
    expect: "violate",
    message: "tcp ports 81, 82, 83, 84, 85, …",
    resource: {
      type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      props: { ipProtocol: "tcp", fromPort: 80, toPort: 90, cidrIpv6: "::/0", securityGroupId: "sg-1" },
    },
  },
  {
    name: "configured authorized port",
    expect: "pass",
    config: { authorizedPorts: [80, 443, 8443] },
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "ingress", protocol: "tcp", fromPort: 8443, toPort: 8443, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "GRE (protocol 47) from anywhere",
    expect: "violate",
    message: "on protocol 47",
    resource: { type: SG, props: { ingress: [{ protocol: "47", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "port unknown during preview",
    expect: "unknown",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: unknown(), toPort: unknown(), cidrBlocks: ["0.0.0.0/0"] }] } },
  },
]);
