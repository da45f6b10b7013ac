import { fixtures, unknown } from "@rampart/policy-testing";

const NAT = "gcp:compute/routerNat:RouterNat";
const nat = (name: string, props: Record<string, unknown> = {}) => ({
  type: NAT,
  name,
  props: {
    router: `router-${name}`,
    region: "europe-west1",
    natIpAllocateOption: "AUTO_ONLY",
    sourceSubnetworkIpRangesToNat: "ALL_SUBNETWORKS_ALL_IP_RANGES",
    ...props,
  },
});

export default fixtures([
  { name: "one Cloud NAT in dev", expect: "pass", resources: [nat("a")] },
  { name: "public and private NAT in dev", expect: "pass", resources: [nat("a"), nat("b", { type: "PRIVATE" })] },
  {
    name: "two Cloud NATs in dev",
    expect: "violate",
    target: "b",
    message: 'Cloud NAT "b" is number 2 in this stack, above the non-production cap nonProductionMaxNatGateways = 1',
    resources: [nat("a"), nat("b")],
  },
  { name: "two in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resources: [nat("a"), nat("b")] },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxNatGateways: 2 }, resources: [nat("a"), nat("b")] },
  { name: "second NAT's type unknown", expect: "unknown", resources: [nat("a"), nat("b", { type: unknown() })] },
]);
