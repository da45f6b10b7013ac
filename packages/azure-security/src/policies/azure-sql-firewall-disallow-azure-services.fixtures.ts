import { fixtures, unknown } from "@rampart/policy-testing";

const FW = "azure-native:sql:FirewallRule";
const base = { resourceGroupName: "rg", serverName: "db01" };

export default fixtures([
  {
    name: "rule for one office address",
    expect: "pass",
    resource: { type: FW, props: { ...base, startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.10" } },
  },
  {
    name: "rule starting at 0.0.0.0 but wider is the internet policy's concern",
    expect: "pass",
    resource: { type: FW, props: { ...base, startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" } },
  },
  {
    name: "allow all Azure services",
    expect: "violate",
    message: "startIpAddress and endIpAddress are 0.0.0.0",
    resource: { type: FW, props: { ...base, startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" } },
  },
  {
    name: "start address unknown during preview",
    expect: "unknown",
    resource: { type: FW, props: { ...base, startIpAddress: unknown(), endIpAddress: "0.0.0.0" } },
  },
  { name: "another resource of the service", expect: "not-applicable", resource: { type: "azure-native:sql:VirtualNetworkRule", props: base } },
]);
