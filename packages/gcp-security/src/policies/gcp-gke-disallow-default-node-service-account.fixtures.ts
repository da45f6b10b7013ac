import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "dedicated service account",
    expect: "pass",
    resource: nodePool({ nodeConfig: { serviceAccount: "gke-nodes@my-project.iam.gserviceaccount.com" } }),
  },
  {
    name: "service account from another resource (unknown in preview)",
    expect: "pass",
    resource: nodePool({ nodeConfig: { serviceAccount: unknown() } }),
  },
  autopilotPasses(),
  {
    name: "no service account",
    expect: "violate",
    message: "nodeConfig.serviceAccount is not set",
    resource: nodePool({ nodeCount: 1 }),
  },
  {
    name: "the compute default account",
    expect: "violate",
    message: "the Compute Engine default service account",
    resource: nodePool({ nodeConfig: { serviceAccount: "123456789-compute@developer.gserviceaccount.com" } }),
  },
  {
    name: "inline pool on default, another dedicated",
    expect: "violate",
    message: "nodePools[1].nodeConfig.serviceAccount is",
    resource: cluster({
      nodePools: [
        { name: "a", nodeConfig: { serviceAccount: "gke@p.iam.gserviceaccount.com" } },
        { name: "b", nodeConfig: { serviceAccount: "default" } },
      ],
    }),
  },
  { name: "inline pool list unknown during preview", expect: "unknown", resource: cluster({ nodePools: unknown() }) },
  registryNotApplicable(),
]);
