import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const D = "gcp:compute/disk:Disk";

export default fixtures([
  { name: "100 GB disk", expect: "pass", resource: { type: D, props: { zone: "europe-west1-b", type: "pd-balanced", size: 100 } } },
  { name: "disk from an image without size", expect: "pass", resource: { type: D, props: { zone: "europe-west1-b", image: "debian-12" } } },
  ...inAndOutsideProduction(
    "2 TB",
    { type: D, props: { zone: "europe-west1-b", size: 2000 } },
    "size is 2000 GB, above the non-production cap nonProductionMaxDiskSizeGb = 500",
  ),
  {
    name: "big boot disk",
    expect: "violate",
    message: "bootDisk.initializeParams.size is 1000 GB",
    resource: { type: "gcp:compute/instance:Instance", props: { machineType: "e2-small", bootDisk: { initializeParams: { size: 1000 } } } },
  },
  {
    name: "big template disk",
    expect: "violate",
    message: "disks[1].diskSizeGb is 800 GB",
    resource: {
      type: "gcp:compute/instanceTemplate:InstanceTemplate",
      props: { machineType: "e2-small", disks: [{ boot: true, diskSizeGb: 20 }, { diskSizeGb: 800 }] },
    },
  },
  {
    name: "configured cap",
    expect: "pass",
    config: { nonProductionMaxDiskSizeGb: 2000 },
    resource: { type: D, props: { zone: "europe-west1-b", size: 2000 } },
  },
  { name: "size unknown", expect: "unknown", resource: { type: D, props: { zone: "europe-west1-b", size: unknown() } } },
]);
