import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const KEY = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/gke";

export default fixtures([
  {
    name: "secrets encrypted with a KMS key",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", databaseEncryption: { state: "ENCRYPTED", keyName: KEY } } },
  },
  {
    name: "KMS key unknown during preview counts as set",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", databaseEncryption: { state: "ENCRYPTED", keyName: unknown() } } },
  },
  {
    name: "Autopilot cluster with a KMS key",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", enableAutopilot: true, databaseEncryption: { state: "ENCRYPTED", keyName: KEY } } },
  },
  {
    name: "no databaseEncryption (DECRYPTED by default)",
    expect: "violate",
    message: "databaseEncryption is not set (the default state is DECRYPTED)",
    resource: { type: C, props: { location: "europe-west1" } },
  },
  {
    name: "Autopilot cluster without databaseEncryption",
    expect: "violate",
    message: "databaseEncryption is not set",
    resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } },
  },
  {
    name: "state DECRYPTED",
    expect: "violate",
    message: 'databaseEncryption.state is "DECRYPTED"',
    resource: { type: C, props: { location: "europe-west1", databaseEncryption: { state: "DECRYPTED" } } },
  },
  {
    name: "ENCRYPTED without a key",
    expect: "violate",
    message: "keyName is not set",
    resource: { type: C, props: { location: "europe-west1", databaseEncryption: { state: "ENCRYPTED" } } },
  },
  {
    name: "state unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", databaseEncryption: { state: unknown(), keyName: KEY } } },
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
