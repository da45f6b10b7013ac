import { fixtures, unknown } from "@rampart/policy-testing";
import { rule, sg, sgRule, vpcIngress } from "../lib/security-group.fixtures-kit";

export default fixtures([
  {
    name: "admin ports from a VPN range",
    expect: "pass",
    resource: sg(rule("tcp", 22, ["10.8.0.0/16"]), { protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlocks: ["fd00::/8"] }),
  },
  { name: "web ports from anywhere", expect: "pass", resource: sg(rule("tcp", [80, 443], ["0.0.0.0/0"])) },
  { name: "UDP 3389 is not TCP administration", expect: "pass", resource: sg(rule("udp", 3389, ["0.0.0.0/0"])) },
  {
    name: "range 20-3400 from 0.0.0.0/0 hits both",
    expect: "violate",
    message: "includes administration ports 22, 3389",
    resource: sg(rule("tcp", [20, 3400], ["0.0.0.0/0"])),
  },
  {
    name: "vpc ingress rule SSH from ::/0 (IPv6)",
    expect: "violate",
    message: "cidrIpv6 allows ::/0 on tcp port 22",
    resource: vpcIngress({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "::/0" }),
  },
  {
    name: "configured WinRM port",
    expect: "violate",
    config: { adminPorts: [22, 3389, 5985, 5986] },
    message: "administration ports 5985, 5986",
    resource: sgRule({ protocol: "tcp", fromPort: 5985, toPort: 5986, cidrBlocks: ["0.0.0.0/0"] }),
  },
  { name: "port range unknown during preview", expect: "unknown", resource: sg(rule("tcp", [unknown(), unknown()], ["0.0.0.0/0"])) },
]);
