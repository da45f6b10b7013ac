import { fixtures, unknown } from "@rampart/policy-testing";

const D = "gcp:compute/disk:Disk";
const RD = "gcp:compute/regionDisk:RegionDisk";
const I = "gcp:compute/instance:Instance";
const T = "gcp:compute/instanceTemplate:InstanceTemplate";
const KEY = "projects/sec/locations/europe-west1/keyRings/disks/cryptoKeys/pd";

export default fixtures([
  { name: "disk with CMEK", expect: "pass", resource: { type: D, props: { zone: "europe-west1-b", size: 50, diskEncryptionKey: { kmsKeySelfLink: KEY } } } },
  {
    name: "regional disk with CMEK",
    expect: "pass",
    resource: { type: RD, props: { region: "europe-west1", replicaZones: ["europe-west1-b", "europe-west1-c"], diskEncryptionKey: { kmsKeyName: KEY } } },
  },
  {
    name: "boot disk with CMEK",
    expect: "pass",
    resource: {
      type: I,
      props: {
        machineType: "e2-small",
        bootDisk: { kmsKeySelfLink: KEY, initializeParams: { image: "debian-cloud/debian-12" } },
        networkInterfaces: [{ subnetwork: "a" }],
      },
    },
  },
  {
    name: "boot disk that attaches an existing disk",
    expect: "pass",
    resource: { type: I, props: { machineType: "e2-small", bootDisk: { source: "boot-disk" }, networkInterfaces: [{ subnetwork: "a" }] } },
  },
  {
    name: "key unknown during preview counts as set",
    expect: "pass",
    resource: { type: D, props: { zone: "europe-west1-b", diskEncryptionKey: { kmsKeySelfLink: unknown() } } },
  },
  {
    name: "disk with Google-managed key",
    expect: "violate",
    message: "diskEncryptionKey has no kmsKeySelfLink",
    resource: { type: D, props: { zone: "europe-west1-b", size: 50 } },
  },
  {
    name: "regional disk with Google-managed key",
    expect: "violate",
    message: "diskEncryptionKey has no kmsKeyName",
    resource: { type: RD, props: { region: "europe-west1", replicaZones: ["europe-west1-b", "europe-west1-c"] } },
  },
  {
    name: "boot disk with Google-managed key",
    expect: "violate",
    message: "bootDisk has no kmsKeySelfLink",
    resource: {
      type: I,
      props: { machineType: "e2-small", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ subnetwork: "a" }] },
    },
  },
  {
    name: "template disk without a key",
    expect: "violate",
    message: "disks.1.diskEncryptionKey.kmsKeySelfLink is not set",
    resource: {
      type: T,
      props: { machineType: "e2-small", disks: [{ sourceImage: "debian-cloud/debian-12", diskEncryptionKey: { kmsKeySelfLink: KEY } }, { diskSizeGb: 100 }] },
    },
  },
  { name: "template disks unknown during preview", expect: "unknown", resource: { type: T, props: { machineType: "e2-small", disks: unknown() } } },
  { name: "a snapshot policy is not a disk", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: {} } },
]);
