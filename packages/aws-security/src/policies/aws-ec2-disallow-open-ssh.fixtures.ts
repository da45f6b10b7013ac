import { fixtures, unknown } from "@rampart/policy-testing";
import { rule, sg, singlePortCases, sgRule, vpcIngress } from "../lib/security-group.fixtures-kit";

export default fixtures([
  ...singlePortCases({
    service: "SSH",
    port: 22,
    privateCidr: "10.0.0.0/8",
    unknownCase: "source CIDR unknown during preview",
    httpsExtra: { ipv6CidrBlocks: ["::/0"] },
  }),
  {
    name: "inline all traffic from ::/0",
    expect: "violate",
    message: "ingress[1].ipv6CidrBlocks allows ::/0 on all ports and protocols",
    resource: sg(rule("tcp", 443, ["0.0.0.0/0"]), { protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] }),
  },
  {
    name: "SecurityGroupRule ingress range 0-1024 from 0.0.0.0/0",
    expect: "violate",
    message: "cidrBlocks allows 0.0.0.0/0 on tcp ports 0-1024",
    resource: sgRule({ protocol: "tcp", fromPort: 0, toPort: 1024, cidrBlocks: ["0.0.0.0/0"] }),
  },
  {
    name: "SecurityGroupRule egress to 0.0.0.0/0 on 22 is not ingress",
    expect: "pass",
    resource: sgRule({ type: "egress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }),
  },
  {
    name: "vpc SecurityGroupIngressRule SSH from ::/0",
    expect: "violate",
    message: "cidrIpv6 allows ::/0 on tcp port 22",
    resource: vpcIngress({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0" }),
  },
  {
    name: "known private source with unknown description stays quiet",
    expect: "pass",
    resource: sg(rule("tcp", 22, ["10.1.0.0/16"], { description: unknown() })),
  },
]);
