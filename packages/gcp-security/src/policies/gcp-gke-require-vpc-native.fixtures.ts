import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "VPC-native with secondary ranges",
    expect: "pass",
    resource: cluster({ networkingMode: "VPC_NATIVE", ipAllocationPolicy: { clusterSecondaryRangeName: "pods", servicesSecondaryRangeName: "svc" } }),
  },
  { name: "networkingMode omitted (VPC_NATIVE by default)", expect: "pass", resource: cluster() },
  autopilotPasses(),
  {
    name: "routes-based cluster",
    expect: "violate",
    message: 'networkingMode is "ROUTES"',
    resource: cluster({ networkingMode: "ROUTES" }),
  },
  { name: "networking mode unknown during preview", expect: "unknown", resource: cluster({ networkingMode: unknown() }) },
  {
    name: "ROUTES with the Autopilot flag unknown",
    expect: "unknown",
    resource: cluster({ networkingMode: "ROUTES", enableAutopilot: unknown() }),
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
