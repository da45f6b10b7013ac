import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "defaults (not alpha)", expect: "pass", resource: cluster() },
  { name: "alpha explicitly off", expect: "pass", resource: cluster({ enableKubernetesAlpha: false }) },
  {
    name: "alpha cluster",
    expect: "violate",
    message: "enableKubernetesAlpha is true",
    resource: cluster({ enableKubernetesAlpha: true }),
  },
  { name: "unknown during preview", expect: "unknown", resource: cluster({ enableKubernetesAlpha: unknown() }) },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
