import { fixtures, unknown } from "@rampart/policy-testing";

const N = "gcp:compute/network:Network";

export default fixtures([
  { name: "custom mode network", expect: "pass", resource: { type: N, props: { name: "prod", autoCreateSubnetworks: false } } },
  {
    name: "auto mode by default",
    expect: "violate",
    message: "autoCreateSubnetworks is not set (the provider's default is true)",
    resource: { type: N, props: { name: "prod" } },
  },
  {
    name: "auto mode explicitly",
    expect: "violate",
    message: "autoCreateSubnetworks is true",
    resource: { type: N, props: { name: "prod", autoCreateSubnetworks: true } },
  },
  { name: "mode unknown during preview", expect: "unknown", resource: { type: N, props: { autoCreateSubnetworks: unknown() } } },
  { name: "a firewall is not a network", expect: "not-applicable", resource: { type: "gcp:compute/firewall:Firewall", props: { network: "prod" } } },
]);
