import { fixtures, unknown } from "@rampart/policy-testing";
import { firewallRule } from "../lib/firewall.fixtures-kit";

export default fixtures([
  {
    name: "web ports from anywhere",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["80", "443"] }] }),
  },
  {
    name: "all protocols from the VPC range",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["10.0.0.0/8"], allows: [{ protocol: "all" }] }),
  },
  {
    name: "icmp from anywhere (no ports)",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "icmp" }] }),
  },
  {
    name: "egress all",
    expect: "pass",
    resource: firewallRule({ direction: "EGRESS", destinationRanges: ["0.0.0.0/0"], allows: [{ protocol: "all" }] }),
  },
  {
    name: "all protocols from anywhere",
    expect: "violate",
    message: 'allows.0 allows protocol "all" on every port from 0.0.0.0/0',
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "all" }] }),
  },
  {
    name: "udp without ports from ::/0",
    expect: "violate",
    message: 'protocol "udp" on every port from ::/0',
    resource: firewallRule({ sourceRanges: ["::/0"], allows: [{ protocol: "udp" }] }),
  },
  {
    name: "tcp 0-65535",
    expect: "violate",
    message: "every port",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["0-65535"] }] }),
  },
  {
    name: "protocol unknown during preview",
    expect: "unknown",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: unknown() }] }),
  },
  {
    name: "a subnetwork is not a firewall rule",
    expect: "not-applicable",
    resource: { type: "gcp:compute/subnetwork:Subnetwork", props: { network: "vpc", ipCidrRange: "10.0.0.0/24" } },
  },
]);
