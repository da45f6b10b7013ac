import { fixtures, unknown } from "@rampart/policy-testing";
import { flagResource, requiredPropertyCases } from "../lib/property.fixtures-kit";

const C = "gcp:dataproc/cluster:Cluster";
const c = requiredPropertyCases({
  resource: flagResource(C, { region: "europe-west1" }, "clusterConfig.encryptionConfig.kmsKeyName"),
  path: "clusterConfig.encryptionConfig.kmsKeyName",
  value: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k",
  names: { set: "cluster with CMEK", unknown: "key unknown during preview counts as set", absent: "cluster without any config" },
});

export default fixtures([
  c.set,
  c.unknown,
  {
    name: "cluster without CMEK",
    expect: "violate",
    message: "clusterConfig.encryptionConfig.kmsKeyName is not set",
    resource: { type: C, props: { region: "europe-west1", clusterConfig: { masterConfig: { numInstances: 1 } } } },
  },
  { ...c.absent, message: "Google-managed keys" },
  { name: "cluster config unknown during preview", expect: "unknown", resource: { type: C, props: { region: "europe-west1", clusterConfig: unknown() } } },
  { name: "a Dataproc job is not a cluster", expect: "not-applicable", resource: { type: "gcp:dataproc/job:Job", props: { region: "europe-west1" } } },
]);
