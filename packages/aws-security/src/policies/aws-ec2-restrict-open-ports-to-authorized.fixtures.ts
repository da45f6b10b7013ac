import { fixtures, unknown } from "@rampart/policy-testing";
import { rule, sg, sgRule, vpcIngress } from "../lib/security-group.fixtures-kit";

export default fixtures([
  {
    name: "HTTP and HTTPS (TCP and UDP/QUIC) from anywhere",
    expect: "pass",
    resource: sg(rule("tcp", 80, ["0.0.0.0/0"], { ipv6CidrBlocks: ["::/0"] }), rule("tcp", 443, ["0.0.0.0/0"]), rule("udp", 443, ["0.0.0.0/0"])),
  },
  { name: "ICMP echo from anywhere", expect: "pass", resource: sg(rule("icmp", [8, 0], ["0.0.0.0/0"])) },
  { name: "any port from a private range", expect: "pass", resource: sg(rule("tcp", 8080, ["192.168.0.0/16"])) },
  {
    name: "8080 from anywhere",
    expect: "violate",
    message: "allows 0.0.0.0/0 on tcp port 8080, which is not an authorized public port (80, 443)",
    resource: sg(rule("tcp", 8080, ["0.0.0.0/0"])),
  },
  {
    name: "vpc ingress rule 80-90 from ::/0",
    expect: "violate",
    message: "tcp ports 81, 82, 83, 84, 85, …",
    resource: vpcIngress({ ipProtocol: "tcp", fromPort: 80, toPort: 90, cidrIpv6: "::/0" }),
  },
  {
    name: "configured authorized port",
    expect: "pass",
    config: { authorizedPorts: [80, 443, 8443] },
    resource: sgRule({ protocol: "tcp", fromPort: 8443, toPort: 8443, cidrBlocks: ["0.0.0.0/0"] }),
  },
  { name: "GRE (protocol 47) from anywhere", expect: "violate", message: "on protocol 47", resource: sg(rule("47", 0, ["0.0.0.0/0"])) },
  { name: "port unknown during preview", expect: "unknown", resource: sg(rule("tcp", [unknown(), unknown()], ["0.0.0.0/0"])) },
]);
