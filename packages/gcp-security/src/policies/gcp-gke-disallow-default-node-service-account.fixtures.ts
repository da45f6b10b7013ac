import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  {
    name: "dedicated service account",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { serviceAccount: "gke-nodes@my-project.iam.gserviceaccount.com" } } },
  },
  {
    name: "service account from another resource (unknown in preview)",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { serviceAccount: unknown() } } },
  },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "no service account",
    expect: "violate",
    message: "nodeConfig.serviceAccount is not set",
    resource: { type: P, props: { cluster: "c", nodeCount: 1 } },
  },
  {
    name: "the compute default account",
    expect: "violate",
    message: "the Compute Engine default service account",
    resource: { type: P, props: { cluster: "c", nodeConfig: { serviceAccount: "123456789-compute@developer.gserviceaccount.com" } } },
  },
  {
    name: "inline pool on default, another dedicated",
    expect: "violate",
    message: "nodePools[1].nodeConfig.serviceAccount is",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        nodePools: [
          { name: "a", nodeConfig: { serviceAccount: "gke@p.iam.gserviceaccount.com" } },
          { name: "b", nodeConfig: { serviceAccount: "default" } },
        ],
      },
    },
  },
  { name: "inline pool list unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", nodePools: unknown() } } },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
