import { booleanFlagFixtures, flagResource } from "../lib/boolean.fixtures-kit";

const N = "gcp:compute/routerNat:RouterNat";
const base = { router: "egress", region: "europe-west1", natIpAllocateOption: "AUTO_ONLY", sourceSubnetworkIpRangesToNat: "ALL_SUBNETWORKS_ALL_IP_RANGES" };

export default booleanFlagFixtures(
  {
    resource: flagResource(N, base, "logConfig.enable", { filter: "ALL" }),
    want: true,
    label: "logConfig.enable",
    saysDefault: true,
    names: { want: "logging on", absent: "no logConfig (off by default)", other: "logging off", unknown: "unknown during preview" },
  },
  [
    {
      name: "a router is not a NAT",
      expect: "not-applicable",
      resource: { type: "gcp:compute/router:Router", props: { network: "vpc", region: "europe-west1" } },
    },
  ],
);
