import { fixtures, unknown } from "@rampart/policy-testing";

const S = "gcp:compute/subnetwork:Subnetwork";

export default fixtures([
  {
    name: "subnet with Private Google Access",
    expect: "pass",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", privateIpGoogleAccess: true } },
  },
  {
    name: "not set (the default is false)",
    expect: "violate",
    message: "privateIpGoogleAccess is not set (the provider's default is false)",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24" } },
  },
  {
    name: "turned off",
    expect: "violate",
    message: "privateIpGoogleAccess is false",
    resource: { type: S, props: { network: "vpc", ipCidrRange: "10.0.0.0/24", privateIpGoogleAccess: false } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: S, props: { network: "vpc", privateIpGoogleAccess: unknown() } } },
  { name: "a network is not a subnet", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } } },
]);
