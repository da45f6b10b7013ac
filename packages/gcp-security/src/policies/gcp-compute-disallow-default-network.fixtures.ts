import { fixtures, unknown } from "@rampart/policy-testing";

const N = "gcp:compute/network:Network";

export default fixtures([
  { name: "custom network", expect: "pass", resource: { type: N, props: { name: "prod-vpc", autoCreateSubnetworks: false } } },
  { name: "auto-named network (Pulumi adds a suffix)", expect: "pass", resource: { type: N, props: { autoCreateSubnetworks: false } } },
  {
    name: "the default network",
    expect: "violate",
    message: 'name is "default"',
    resource: { type: N, props: { name: "default", autoCreateSubnetworks: true } },
  },
  { name: "name unknown during preview", expect: "unknown", resource: { type: N, props: { name: unknown() } } },
  {
    name: "a subnetwork named default is not a network",
    expect: "not-applicable",
    resource: { type: "gcp:compute/subnetwork:Subnetwork", props: { name: "default", network: "vpc" } },
  },
]);
