import { fixtures, unknown } from "@rampart/policy-testing";
import { rule, sg, sgRule, vpcIngress } from "../lib/security-group.fixtures-kit";

export default fixtures([
  { name: "all traffic from inside the VPC", expect: "pass", resource: sg(rule("-1", 0, ["10.0.0.0/16"])) },
  { name: "HTTPS from anywhere", expect: "pass", resource: sg(rule("tcp", 443, ["0.0.0.0/0"])) },
  {
    name: "all protocols from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0].cidrBlocks allows 0.0.0.0/0 on all ports and protocols",
    resource: sg(rule("-1", 0, ["0.0.0.0/0"])),
  },
  {
    name: "TCP 0-65535 from ::/0 via SecurityGroupRule",
    expect: "violate",
    message: "ipv6CidrBlocks allows ::/0 on tcp ports 0-65535",
    resource: sgRule({ protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::/0"] }),
  },
  {
    name: "vpc ingress rule ipProtocol -1 from 0.0.0.0/0",
    expect: "violate",
    message: "cidrIpv4 allows 0.0.0.0/0",
    resource: vpcIngress({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" }),
  },
  { name: "protocol unknown during preview", expect: "unknown", resource: sg(rule(unknown(), 0, ["0.0.0.0/0"])) },
]);
