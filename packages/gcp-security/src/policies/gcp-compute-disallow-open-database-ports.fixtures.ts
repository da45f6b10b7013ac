import { fixtures, unknown } from "@rampart/policy-testing";

const F = "gcp:compute/firewall:Firewall";

export default fixtures([
  {
    name: "postgres from the app subnet",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["10.10.0.0/24"], allows: [{ protocol: "tcp", ports: ["5432"] }] } },
  },
  {
    name: "https from anywhere",
    expect: "pass",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["443"] }] } },
  },
  {
    name: "mysql from anywhere",
    expect: "violate",
    message: "on TCP 3306 (MySQL)",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3306"] }] } },
  },
  {
    name: "a range that includes redis",
    expect: "violate",
    message: "TCP 6379 (Redis)",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["::/0"], allows: [{ protocol: "tcp", ports: ["6000-7000"] }] } },
  },
  {
    name: "ports unknown during preview",
    expect: "unknown",
    resource: { type: F, props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: [unknown()] }] } },
  },
  {
    name: "an instance is not a firewall rule",
    expect: "not-applicable",
    resource: { type: "gcp:compute/instance:Instance", props: { machineType: "e2-small" } },
  },
]);
