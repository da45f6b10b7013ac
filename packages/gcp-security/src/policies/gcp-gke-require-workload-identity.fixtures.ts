import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

const C = "gcp:container/cluster:Cluster";
const base = { location: "europe-west1", initialNodeCount: 1 };

export default fixtures([
  {
    name: "workload identity on",
    expect: "pass",
    resource: { type: C, props: { ...base, workloadIdentityConfig: { workloadPool: "my-project.svc.id.goog" } } },
  },
  {
    name: "workload pool unknown during preview counts as set",
    expect: "pass",
    resource: { type: C, props: { ...base, workloadIdentityConfig: { workloadPool: unknown() } } },
  },
  { name: "Autopilot (always on)", expect: "pass", resource: cluster({ enableAutopilot: true }) },
  { name: "no workload identity", expect: "violate", message: "workloadPool is not set", resource: { type: C, props: base } },
  {
    name: "empty workload pool",
    expect: "violate",
    message: "workloadPool is empty",
    resource: { type: C, props: { ...base, workloadIdentityConfig: { workloadPool: "" } } },
  },
  { name: "Autopilot flag unknown, no pool", expect: "unknown", resource: cluster({ enableAutopilot: unknown() }) },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
