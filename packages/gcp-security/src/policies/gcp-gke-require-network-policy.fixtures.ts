import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

const C = "gcp:container/cluster:Cluster";
const base = { location: "europe-west1", initialNodeCount: 1 };

export default fixtures([
  { name: "Dataplane V2", expect: "pass", resource: { type: C, props: { ...base, datapathProvider: "ADVANCED_DATAPATH" } } },
  { name: "Calico network policy", expect: "pass", resource: { type: C, props: { ...base, networkPolicy: { enabled: true, provider: "CALICO" } } } },
  { name: "Autopilot (Dataplane V2 built in)", expect: "pass", resource: cluster({ enableAutopilot: true }) },
  { name: "defaults (legacy datapath, no network policy)", expect: "violate", message: "datapathProvider is not set", resource: { type: C, props: base } },
  {
    name: "network policy disabled",
    expect: "violate",
    message: "networkPolicy.enabled is not true",
    resource: { type: C, props: { ...base, datapathProvider: "LEGACY_DATAPATH", networkPolicy: { enabled: false } } },
  },
  { name: "datapath unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, datapathProvider: unknown() } } },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
