import { fixtures, unknown } from "@rampart/policy-testing";
import { firewallRule } from "../lib/firewall.fixtures-kit";

export default fixtures([
  {
    name: "postgres from the app subnet",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["10.10.0.0/24"], allows: [{ protocol: "tcp", ports: ["5432"] }] }),
  },
  {
    name: "https from anywhere",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["443"] }] }),
  },
  {
    name: "mysql from anywhere",
    expect: "violate",
    message: "on TCP 3306 (MySQL)",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3306"] }] }),
  },
  {
    name: "a range that includes redis",
    expect: "violate",
    message: "TCP 6379 (Redis)",
    resource: firewallRule({ sourceRanges: ["::/0"], allows: [{ protocol: "tcp", ports: ["6000-7000"] }] }),
  },
  {
    name: "ports unknown during preview",
    expect: "unknown",
    resource: firewallRule({ sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: [unknown()] }] }),
  },
  {
    name: "an instance is not a firewall rule",
    expect: "not-applicable",
    resource: { type: "gcp:compute/instance:Instance", props: { machineType: "e2-small" } },
  },
]);
