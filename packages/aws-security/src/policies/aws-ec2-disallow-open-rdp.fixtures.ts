import { fixtures } from "@rampart/policy-testing";
import { singlePortCases, sgRule, vpcIngress } from "../lib/security-group.fixtures-kit";

export default fixtures([
  ...singlePortCases({ service: "RDP", port: 3389, privateCidr: "10.0.0.0/8", unknownCase: "source unknown during preview" }),
  {
    name: "SecurityGroupRule range 3000-4000 from ::/0",
    expect: "violate",
    message: "ipv6CidrBlocks allows ::/0 on tcp ports 3000-4000",
    resource: sgRule({ protocol: "tcp", fromPort: 3000, toPort: 4000, ipv6CidrBlocks: ["::/0"] }),
  },
  {
    name: "vpc SecurityGroupIngressRule all traffic from 0.0.0.0/0",
    expect: "violate",
    message: "cidrIpv4 allows 0.0.0.0/0 on all ports and protocols",
    resource: vpcIngress({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" }),
  },
  { name: "a subnet is not a rule", expect: "not-applicable", resource: { type: "aws:ec2/subnet:Subnet", props: {} } },
]);
