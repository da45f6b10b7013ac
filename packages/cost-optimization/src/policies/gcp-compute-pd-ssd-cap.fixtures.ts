import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const D = "gcp:compute/disk:Disk";

export default fixtures([
  { name: "small pd-ssd", expect: "pass", resource: { type: D, props: { zone: "europe-west1-b", type: "pd-ssd", size: 50 } } },
  { name: "big pd-balanced", expect: "pass", resource: { type: D, props: { zone: "europe-west1-b", type: "pd-balanced", size: 400 } } },
  ...inAndOutsideProduction(
    "500 GB pd-ssd",
    { type: D, props: { zone: "europe-west1-b", type: "pd-ssd", size: 500 } },
    'is a "pd-ssd" disk of 500 GB, above the non-production SSD cap nonProductionMaxSsdSizeGb = 100',
  ),
  {
    name: "pd-ssd boot disk by URL",
    expect: "violate",
    message: "bootDisk.initializeParams.",
    resource: {
      type: "gcp:compute/instance:Instance",
      props: { machineType: "e2-small", bootDisk: { initializeParams: { type: "projects/p/zones/z/diskTypes/pd-ssd", size: 200 } } },
    },
  },
  {
    name: "configured cap",
    expect: "pass",
    config: { nonProductionMaxSsdSizeGb: 500 },
    resource: { type: D, props: { zone: "europe-west1-b", type: "pd-ssd", size: 500 } },
  },
  { name: "disk type unknown", expect: "unknown", resource: { type: D, props: { zone: "europe-west1-b", type: unknown(), size: 500 } } },
]);
