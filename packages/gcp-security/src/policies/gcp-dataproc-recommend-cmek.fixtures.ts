import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:dataproc/cluster:Cluster";

export default fixtures([
  {
    name: "cluster with a CMEK",
    expect: "pass",
    resource: {
      type: C,
      props: { region: "europe-west1", clusterConfig: { encryptionConfig: { kmsKeyName: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/dp" } } },
    },
  },
  {
    name: "key from another resource (unknown) counts as set",
    expect: "pass",
    resource: { type: C, props: { region: "europe-west1", clusterConfig: { encryptionConfig: { kmsKeyName: unknown() } } } },
  },
  {
    name: "cluster with Google-managed keys",
    expect: "violate",
    message: "encryptionConfig.kmsKeyName is not set",
    resource: { type: C, props: { region: "europe-west1", clusterConfig: { masterConfig: { numInstances: 1 } } } },
  },
  { name: "cluster with no clusterConfig", expect: "violate", message: "is not set", resource: { type: C, props: { region: "europe-west1" } } },
  {
    name: "Dataproc on GKE is not checked",
    expect: "pass",
    resource: { type: C, props: { region: "europe-west1", virtualClusterConfig: { kubernetesClusterConfig: { kubernetesNamespace: "dp" } } } },
  },
  { name: "a Dataproc job is not a cluster", expect: "not-applicable", resource: { type: "gcp:dataproc/job:Job", props: { region: "europe-west1" } } },
]);
