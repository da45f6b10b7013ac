import { fixtures, unknown } from "@rampart/policy-testing";

const F = "gcp:compute/firewall:Firewall";

export default fixtures([
  {
    name: "rdp from a corporate range",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["203.0.113.0/24"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "rdp from IAP only",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["35.235.240.0/20"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "https from anywhere",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["80", "443"] }] } },
  },
  {
    name: "egress rule to anywhere",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", direction: "EGRESS", destinationRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "deny rule from anywhere",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], denies: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "disabled rule",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", disabled: true, sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "source tags only (no internet source)",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceTags: ["bastion"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "rdp from anywhere (direction defaults to INGRESS)",
    expect: "violate",
    message: 'allows.0 allows protocol "tcp" from 0.0.0.0/0',
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "port range that contains 3389, from IPv6 anywhere",
    expect: "violate",
    message: "from ::/0",
    resource: { type: F, props: { network: "vpc", direction: "INGRESS", sourceRanges: ["::/0"], allows: [{ protocol: "tcp", ports: ["3379-3399"] }] } },
  },
  {
    name: "all protocols",
    expect: "violate",
    message: 'protocol "all"',
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "all" }] } },
  },
  {
    name: "tcp without ports means every port",
    expect: "violate",
    message: "allows.1",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "icmp" }, { protocol: "tcp" }] } },
  },
  {
    name: "protocol number 6 is tcp",
    expect: "violate",
    message: 'protocol "6"',
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "6", ports: ["3389"] }] } },
  },
  {
    name: "source ranges unknown during preview",
    expect: "unknown",
    resource: { type: F, props: { network: "vpc", sourceRanges: unknown(), allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "ports unknown during preview",
    expect: "unknown",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: unknown() }] } },
  },
  {
    name: "disabled flag unknown during preview",
    expect: "unknown",
    resource: { type: F, props: { network: "vpc", disabled: unknown(), sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3389"] }] } },
  },
  {
    name: "a network is not a firewall rule",
    expect: "not-applicable",
    resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } },
  },
]);
