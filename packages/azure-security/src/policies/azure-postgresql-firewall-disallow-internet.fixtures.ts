import { fixtures, unknown } from "@rampart/policy-testing";

const FW = "azure-native:dbforpostgresql:FirewallRule";
const base = { resourceGroupName: "rg", serverName: "db01" };

export default fixtures([
  {
    name: "rule for one office address",
    expect: "pass",
    resource: { type: FW, props: { ...base, startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.10" } },
  },
  { name: "rule for a /16", expect: "pass", resource: { type: FW, props: { ...base, startIpAddress: "198.51.0.0", endIpAddress: "198.51.255.255" } } },
  {
    name: "allow-Azure-services rule is another policy's concern",
    expect: "pass",
    resource: { type: FW, props: { ...base, startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" } },
  },
  {
    name: "rule for every address",
    expect: "violate",
    message: "spans more than a /8",
    resource: { type: FW, props: { ...base, startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" } },
  },
  {
    name: "rule for half the internet",
    expect: "violate",
    message: "almost any address",
    resource: { type: FW, props: { ...base, startIpAddress: "1.0.0.0", endIpAddress: "126.255.255.255" } },
  },
  {
    name: "end address unknown during preview",
    expect: "unknown",
    resource: { type: FW, props: { ...base, startIpAddress: "0.0.0.0", endIpAddress: unknown() } },
  },
  { name: "another resource of the service", expect: "not-applicable", resource: { type: "azure-native:dbforpostgresql:Configuration", props: base } },
]);
