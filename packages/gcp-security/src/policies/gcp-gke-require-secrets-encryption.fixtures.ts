import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

const KEY = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/gke";

export default fixtures([
  {
    name: "secrets encrypted with a KMS key",
    expect: "pass",
    resource: cluster({ databaseEncryption: { state: "ENCRYPTED", keyName: KEY } }),
  },
  {
    name: "KMS key unknown during preview counts as set",
    expect: "pass",
    resource: cluster({ databaseEncryption: { state: "ENCRYPTED", keyName: unknown() } }),
  },
  {
    name: "Autopilot cluster with a KMS key",
    expect: "pass",
    resource: cluster({ enableAutopilot: true, databaseEncryption: { state: "ENCRYPTED", keyName: KEY } }),
  },
  {
    name: "no databaseEncryption (DECRYPTED by default)",
    expect: "violate",
    message: "databaseEncryption is not set (the default state is DECRYPTED)",
    resource: cluster(),
  },
  {
    name: "Autopilot cluster without databaseEncryption",
    expect: "violate",
    message: "databaseEncryption is not set",
    resource: cluster({ enableAutopilot: true }),
  },
  {
    name: "state DECRYPTED",
    expect: "violate",
    message: 'databaseEncryption.state is "DECRYPTED"',
    resource: cluster({ databaseEncryption: { state: "DECRYPTED" } }),
  },
  {
    name: "ENCRYPTED without a key",
    expect: "violate",
    message: "keyName is not set",
    resource: cluster({ databaseEncryption: { state: "ENCRYPTED" } }),
  },
  {
    name: "state unknown during preview",
    expect: "unknown",
    resource: cluster({ databaseEncryption: { state: unknown(), keyName: KEY } }),
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
