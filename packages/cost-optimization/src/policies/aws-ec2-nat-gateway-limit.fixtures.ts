import { fixtures, unknown } from "@rampart/policy-testing";

const NAT = "aws:ec2/natGateway:NatGateway";
const nat = (name: string, props: Record<string, unknown> = {}) => ({
  type: NAT,
  name,
  props: { subnetId: `subnet-${name}`, allocationId: `eipalloc-${name}`, ...props },
});

export default fixtures([
  { name: "one NAT gateway in dev", expect: "pass", resources: [nat("a")] },
  { name: "a public and a private NAT gateway in dev", expect: "pass", resources: [nat("a"), nat("b", { connectivityType: "private" })] },
  { name: "three NAT gateways in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resources: [nat("a"), nat("b"), nat("c")] },
  {
    name: "three NAT gateways in dev",
    expect: "violate",
    target: "b",
    message: 'NAT gateway "b" is number 2 in this stack, above the non-production cap nonProductionMaxNatGateways = 1',
    resources: [nat("a"), nat("b"), nat("c")],
  },
  {
    name: "counting private ones",
    expect: "violate",
    target: "b",
    message: "nonProductionMaxNatGateways",
    config: { countPrivate: true },
    resources: [nat("a"), nat("b", { connectivityType: "private" })],
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxNatGateways: 3 }, resources: [nat("a"), nat("b"), nat("c")] },
  { name: "second gateway's connectivity type unknown", expect: "unknown", resources: [nat("a"), nat("b", { connectivityType: unknown() })] },
]);
