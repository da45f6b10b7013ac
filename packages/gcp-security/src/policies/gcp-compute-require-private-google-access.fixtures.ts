import { booleanFlagFixtures, flagResource } from "../lib/boolean.fixtures-kit";

const S = "gcp:compute/subnetwork:Subnetwork";
const base = { network: "vpc", ipCidrRange: "10.0.0.0/24" };

export default booleanFlagFixtures(
  {
    resource: flagResource(S, base, "privateIpGoogleAccess"),
    want: true,
    label: "privateIpGoogleAccess",
    saysDefault: true,
    names: { want: "subnet with Private Google Access", absent: "not set (the default is false)", other: "turned off", unknown: "unknown during preview" },
  },
  [{ name: "a network is not a subnet", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } } }],
);
