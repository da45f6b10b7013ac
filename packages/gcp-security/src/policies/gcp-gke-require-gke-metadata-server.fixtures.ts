import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  {
    name: "node pool with the GKE metadata server",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { workloadMetadataConfig: { mode: "GKE_METADATA" } } } },
  },
  {
    name: "node pool with mode omitted (follows the cluster)",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { machineType: "e2-standard-4" } } },
  },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "node pool exposing GCE metadata",
    expect: "violate",
    message: "nodeConfig.workloadMetadataConfig.mode is GCE_METADATA",
    resource: { type: P, props: { cluster: "c", nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } } },
  },
  {
    name: "inline pool of a cluster exposing GCE metadata",
    expect: "violate",
    message: "nodePools[1].nodeConfig.workloadMetadataConfig.mode is GCE_METADATA",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        nodePools: [
          { name: "a", nodeConfig: { workloadMetadataConfig: { mode: "GKE_METADATA" } } },
          { name: "b", nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } },
        ],
      },
    },
  },
  {
    name: "default pool of a cluster exposing GCE metadata",
    expect: "violate",
    message: "nodeConfig.workloadMetadataConfig.mode",
    resource: { type: C, props: { location: "europe-west1", nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } } },
  },
  {
    name: "mode unknown during preview",
    expect: "unknown",
    resource: { type: P, props: { cluster: "c", nodeConfig: { workloadMetadataConfig: { mode: unknown() } } } },
  },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
