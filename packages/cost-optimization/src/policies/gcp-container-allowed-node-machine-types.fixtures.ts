import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const NP = "gcp:container/nodePool:NodePool";
const pool = (nodeConfig: unknown) => ({ type: NP, props: { cluster: "c1", nodeCount: 1, nodeConfig } });

export default fixtures([
  { name: "e2-standard-4 pool", expect: "pass", resource: pool({ machineType: "e2-standard-4" }) },
  { name: "pool with the default machine type", expect: "pass", resource: { type: NP, props: { cluster: "c1", nodeCount: 1 } } },
  {
    name: "Autopilot cluster without node config",
    expect: "pass",
    resource: { type: "gcp:container/cluster:Cluster", props: { location: "europe-west1", enableAutopilot: true } },
  },
  ...inAndOutsideProduction("n2-standard-16 pool", pool({ machineType: "n2-standard-16" }), "nodeConfig.machineType"),
  {
    name: "GPU pool",
    expect: "violate",
    message: "nodeConfig.guestAccelerators",
    resource: pool({ machineType: "n1-standard-4", guestAccelerators: [{ type: "nvidia-l4", count: 1 }] }),
  },
  {
    name: "cluster default pool too big",
    expect: "violate",
    message: "nonProductionMaxVcpus",
    resource: { type: "gcp:container/cluster:Cluster", props: { location: "europe-west1", nodeConfig: { machineType: "c2-standard-30" } } },
  },
  {
    name: "GPU pool allowed",
    expect: "pass",
    config: { allowGuestAccelerators: true, allowedMachineTypes: ["n1-standard-4", "e2-*"] },
    resource: pool({ machineType: "n1-standard-4", guestAccelerators: [{ type: "nvidia-l4", count: 1 }] }),
  },
  { name: "node config unknown", expect: "unknown", resource: pool(unknown()) },
]);
