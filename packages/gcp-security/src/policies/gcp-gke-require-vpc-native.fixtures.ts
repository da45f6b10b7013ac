import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  {
    name: "VPC-native with secondary ranges",
    expect: "pass",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        networkingMode: "VPC_NATIVE",
        ipAllocationPolicy: { clusterSecondaryRangeName: "pods", servicesSecondaryRangeName: "svc" },
      },
    },
  },
  { name: "networkingMode omitted (VPC_NATIVE by default)", expect: "pass", resource: { type: C, props: { location: "europe-west1" } } },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "routes-based cluster",
    expect: "violate",
    message: 'networkingMode is "ROUTES"',
    resource: { type: C, props: { location: "europe-west1", networkingMode: "ROUTES" } },
  },
  { name: "networking mode unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", networkingMode: unknown() } } },
  {
    name: "ROUTES with the Autopilot flag unknown",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", networkingMode: "ROUTES", enableAutopilot: unknown() } },
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
