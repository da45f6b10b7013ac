import { fixtures, unknown } from "@rampart/policy-testing";
import { firewallRule } from "../lib/firewall.fixtures-kit";

export default fixtures([
  {
    name: "rule with logging",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["10.0.0.0/8"], allows: [{ protocol: "tcp", ports: ["443"] }], logConfig: { metadata: "INCLUDE_ALL_METADATA" } }),
  },
  {
    name: "deprecated enableLogging",
    expect: "pass",
    resource: firewallRule({ sourceRanges: ["10.0.0.0/8"], allows: [{ protocol: "tcp" }], enableLogging: true }),
  },
  { name: "disabled rule", expect: "pass", resource: firewallRule({ disabled: true, allows: [{ protocol: "tcp" }] }) },
  { name: "logConfig unknown during preview counts as set", expect: "pass", resource: firewallRule({ logConfig: unknown() }) },
  {
    name: "rule without logging",
    expect: "violate",
    message: "logConfig is not set",
    resource: firewallRule({ sourceRanges: ["10.0.0.0/8"], allows: [{ protocol: "tcp", ports: ["443"] }] }),
  },
  { name: "disabled flag unknown during preview", expect: "unknown", resource: firewallRule({ disabled: unknown() }) },
  {
    name: "a route is not a firewall rule",
    expect: "not-applicable",
    resource: { type: "gcp:compute/route:Route", props: { network: "vpc", destRange: "0.0.0.0/0" } },
  },
]);
