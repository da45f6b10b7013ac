import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:dataproc/cluster:Cluster";

export default fixtures([
  {
    name: "cluster with CMEK",
    expect: "pass",
    resource: {
      type: C,
      props: { region: "europe-west1", clusterConfig: { encryptionConfig: { kmsKeyName: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k" } } },
    },
  },
  {
    name: "key unknown during preview counts as set",
    expect: "pass",
    resource: { type: C, props: { region: "europe-west1", clusterConfig: { encryptionConfig: { kmsKeyName: unknown() } } } },
  },
  {
    name: "cluster without CMEK",
    expect: "violate",
    message: "clusterConfig.encryptionConfig.kmsKeyName is not set",
    resource: { type: C, props: { region: "europe-west1", clusterConfig: { masterConfig: { numInstances: 1 } } } },
  },
  { name: "cluster without any config", expect: "violate", message: "Google-managed keys", resource: { type: C, props: { region: "europe-west1" } } },
  { name: "cluster config unknown during preview", expect: "unknown", resource: { type: C, props: { region: "europe-west1", clusterConfig: unknown() } } },
  { name: "a Dataproc job is not a cluster", expect: "not-applicable", resource: { type: "gcp:dataproc/job:Job", props: { region: "europe-west1" } } },
]);
