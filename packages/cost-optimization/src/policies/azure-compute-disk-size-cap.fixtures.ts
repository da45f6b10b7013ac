import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const DISK = "azure-native:compute:Disk";

export default fixtures([
  { name: "128 GiB disk", expect: "pass", resource: { type: DISK, props: { resourceGroupName: "rg", diskSizeGB: 128 } } },
  ...inAndOutsideProduction(
    "2 TiB",
    { type: DISK, props: { resourceGroupName: "rg", diskSizeGB: 2048 } },
    "diskSizeGB is 2048 GiB, above the non-production cap nonProductionMaxDiskSizeGb = 512",
  ),
  {
    name: "VM data disk too big",
    expect: "violate",
    message: "storageProfile.dataDisks[0].diskSizeGB",
    resource: {
      type: "azure-native:compute:VirtualMachine",
      props: { resourceGroupName: "rg", storageProfile: { dataDisks: [{ lun: 0, createOption: "Empty", diskSizeGB: 1024 }] } },
    },
  },
  {
    name: "configured cap",
    expect: "violate",
    message: "nonProductionMaxDiskSizeGb = 64",
    config: { nonProductionMaxDiskSizeGb: 64 },
    resource: { type: DISK, props: { resourceGroupName: "rg", diskSizeGB: 128 } },
  },
  { name: "size unknown", expect: "unknown", resource: { type: DISK, props: { resourceGroupName: "rg", diskSizeGB: unknown() } } },
]);
