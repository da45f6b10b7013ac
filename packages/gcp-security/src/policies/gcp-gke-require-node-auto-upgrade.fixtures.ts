import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "node pool with defaults (both on)", expect: "pass", resource: nodePool({ nodeCount: 3 }) },
  { name: "both explicitly on", expect: "pass", resource: nodePool({ management: { autoUpgrade: true, autoRepair: true } }) },
  {
    name: "auto-upgrade off",
    expect: "violate",
    message: "management.autoUpgrade is false",
    resource: nodePool({ management: { autoUpgrade: false, autoRepair: true } }),
  },
  {
    name: "both off",
    expect: "violate",
    message: "management.autoUpgrade and management.autoRepair are false",
    resource: nodePool({ management: { autoUpgrade: false, autoRepair: false } }),
  },
  {
    name: "inline pool with auto-repair off",
    expect: "violate",
    message: "nodePools[0].management.autoRepair is false",
    resource: cluster({ nodePools: [{ name: "a", management: { autoRepair: false } }] }),
  },
  { name: "unknown during preview", expect: "unknown", resource: nodePool({ management: { autoUpgrade: unknown() } }) },
  registryNotApplicable(),
]);
