import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "node pool with the GKE metadata server",
    expect: "pass",
    resource: nodePool({ nodeConfig: { workloadMetadataConfig: { mode: "GKE_METADATA" } } }),
  },
  {
    name: "node pool with mode omitted (follows the cluster)",
    expect: "pass",
    resource: nodePool({ nodeConfig: { machineType: "e2-standard-4" } }),
  },
  autopilotPasses(),
  {
    name: "node pool exposing GCE metadata",
    expect: "violate",
    message: "nodeConfig.workloadMetadataConfig.mode is GCE_METADATA",
    resource: nodePool({ nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } }),
  },
  {
    name: "inline pool of a cluster exposing GCE metadata",
    expect: "violate",
    message: "nodePools[1].nodeConfig.workloadMetadataConfig.mode is GCE_METADATA",
    resource: cluster({
      nodePools: [
        { name: "a", nodeConfig: { workloadMetadataConfig: { mode: "GKE_METADATA" } } },
        { name: "b", nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } },
      ],
    }),
  },
  {
    name: "default pool of a cluster exposing GCE metadata",
    expect: "violate",
    message: "nodeConfig.workloadMetadataConfig.mode",
    resource: cluster({ nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } }),
  },
  {
    name: "mode unknown during preview",
    expect: "unknown",
    resource: nodePool({ nodeConfig: { workloadMetadataConfig: { mode: unknown() } } }),
  },
  registryNotApplicable(),
]);
