import { fixtures, unknown } from "@rampart/policy-testing";
import { rule, sg, sgRule, vpcIngress } from "../lib/security-group.fixtures-kit";

export default fixtures([
  { name: "PostgreSQL from the VPC range", expect: "pass", resource: sg(rule("tcp", 5432, ["10.0.0.0/16"])) },
  { name: "PostgreSQL from a security group", expect: "pass", resource: sg({ protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroups: ["sg-app"] }) },
  {
    name: "MySQL from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0].cidrBlocks allows 0.0.0.0/0 on tcp port 3306, which includes database port 3306",
    resource: sg(rule("tcp", 3306, ["0.0.0.0/0"])),
  },
  {
    name: "Redis from ::/0 via vpc ingress rule",
    expect: "violate",
    message: "cidrIpv6 allows ::/0 on tcp port 6379",
    resource: vpcIngress({ ipProtocol: "tcp", fromPort: 6379, toPort: 6379, cidrIpv6: "::/0" }),
  },
  {
    name: "configured custom list",
    expect: "violate",
    config: { databasePorts: [8529] },
    message: "database port 8529",
    resource: sgRule({ protocol: "tcp", fromPort: 8529, toPort: 8529, cidrBlocks: ["0.0.0.0/0"] }),
  },
  { name: "MongoDB source unknown during preview", expect: "unknown", resource: sg(rule("tcp", 27017, unknown())) },
]);
