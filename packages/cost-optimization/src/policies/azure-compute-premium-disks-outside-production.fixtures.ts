import { fixtures, unknown } from "@rampart/policy-testing";

const DISK = "azure-native:compute:Disk";
const VM = "azure-native:compute:VirtualMachine";

export default fixtures([
  {
    name: "StandardSSD disk in dev",
    expect: "pass",
    resource: { type: DISK, props: { resourceGroupName: "rg", sku: { name: "StandardSSD_LRS" }, diskSizeGB: 64 } },
  },
  {
    name: "Premium disk in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: DISK, props: { resourceGroupName: "rg", sku: { name: "Premium_LRS" } } },
  },
  {
    name: "Premium disk in dev",
    expect: "violate",
    message: 'sku.name is "Premium_LRS" on a non-production stack',
    resource: { type: DISK, props: { resourceGroupName: "rg", sku: { name: "Premium_LRS" } } },
  },
  {
    name: "VM with a premium data disk in dev",
    expect: "violate",
    message: "storageProfile.dataDisks[0].managedDisk.storageAccountType",
    resource: {
      type: VM,
      props: {
        resourceGroupName: "rg",
        storageProfile: {
          osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "StandardSSD_LRS" } },
          dataDisks: [{ lun: 0, createOption: "Empty", diskSizeGB: 128, managedDisk: { storageAccountType: "Premium_LRS" } }],
        },
      },
    },
  },
  {
    name: "configured SKU list",
    expect: "pass",
    config: { nonProductionDisallowedDiskSkus: ["UltraSSD_LRS"] },
    resource: { type: DISK, props: { resourceGroupName: "rg", sku: { name: "Premium_LRS" } } },
  },
  { name: "disk sku unknown", expect: "unknown", resource: { type: DISK, props: { resourceGroupName: "rg", sku: { name: unknown() } } } },
]);
