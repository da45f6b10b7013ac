import { fixtures } from "@rampart/policy-testing";
import { booleanFlagCases } from "../lib/boolean.fixtures-kit";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

const c = booleanFlagCases({
  resource: (enableIntranodeVisibility) => cluster(enableIntranodeVisibility === undefined ? {} : { enableIntranodeVisibility }),
  want: true,
  label: "enableIntranodeVisibility",
  saysDefault: true,
  names: { want: "intranode visibility on", absent: "omitted (false by default)", other: "turned off", unknown: "unknown during preview" },
});

export default fixtures([
  c.want,
  {
    name: "Autopilot cluster with intranode visibility",
    expect: "pass",
    resource: cluster({ enableAutopilot: true, enableIntranodeVisibility: true }),
  },
  c.absent,
  c.other,
  c.unknown,
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
