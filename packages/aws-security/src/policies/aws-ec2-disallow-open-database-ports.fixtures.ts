import { fixtures, unknown } from "@rampart/policy-testing";

const SG = "aws:ec2/securityGroup:SecurityGroup";

export default fixtures([
  {
    name: "PostgreSQL from the VPC range",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["10.0.0.0/16"] }] } },
  },
  {
    name: "PostgreSQL from a security group",
    expect: "pass",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroups: ["sg-app"] }] } },
  },
  {
    name: "MySQL from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0].cidrBlocks allows 0.0.0.0/0 on tcp port 3306, which includes database port 3306",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  {
    name: "Redis from ::/0 via vpc ingress rule",
    expect: "violate",
    message: "cidrIpv6 allows ::/0 on tcp port 6379",
    resource: {
      type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      props: { ipProtocol: "tcp", fromPort: 6379, toPort: 6379, cidrIpv6: "::/0", securityGroupId: "sg-1" },
    },
  },
  {
    name: "configured custom list",
    expect: "violate",
    config: { databasePorts: [8529] },
    message: "database port 8529",
    resource: {
      type: "aws:ec2/securityGroupRule:SecurityGroupRule",
      props: { type: "ingress", protocol: "tcp", fromPort: 8529, toPort: 8529, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" },
    },
  },
  {
    name: "MongoDB source unknown during preview",
    expect: "unknown",
    resource: { type: SG, props: { ingress: [{ protocol: "tcp", fromPort: 27017, toPort: 27017, cidrBlocks: unknown() }] } },
  },
]);
