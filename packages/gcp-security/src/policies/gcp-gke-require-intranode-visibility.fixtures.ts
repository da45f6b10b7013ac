import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "intranode visibility on", expect: "pass", resource: cluster({ enableIntranodeVisibility: true }) },
  {
    name: "Autopilot cluster with intranode visibility",
    expect: "pass",
    resource: cluster({ enableAutopilot: true, enableIntranodeVisibility: true }),
  },
  {
    name: "omitted (false by default)",
    expect: "violate",
    message: "enableIntranodeVisibility is not set (the provider's default is false)",
    resource: cluster(),
  },
  {
    name: "turned off",
    expect: "violate",
    message: "enableIntranodeVisibility is false",
    resource: cluster({ enableIntranodeVisibility: false }),
  },
  { name: "unknown during preview", expect: "unknown", resource: cluster({ enableIntranodeVisibility: unknown() }) },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
