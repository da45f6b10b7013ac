import { fixtures } from "@rampart/policy-testing";
import { booleanFlagCases, flagResource } from "../lib/boolean.fixtures-kit";

const N = "gcp:compute/network:Network";
const c = booleanFlagCases({
  resource: flagResource(N, { name: "prod" }, "autoCreateSubnetworks"),
  want: false,
  label: "autoCreateSubnetworks",
  saysDefault: true,
  names: { want: "custom mode network", absent: "auto mode by default", other: "auto mode explicitly", unknown: "mode unknown during preview" },
});

export default fixtures([
  c.want,
  c.absent,
  c.other,
  c.unknown,
  { name: "a firewall is not a network", expect: "not-applicable", resource: { type: "gcp:compute/firewall:Firewall", props: { network: "prod" } } },
]);
