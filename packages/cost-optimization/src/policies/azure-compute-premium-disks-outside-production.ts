import { ENVIRONMENT_CONFIG, isProduction, peek, peekItems, requireKnown, type Peeked, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { listOf } from "../lib/match";

const DISK = "azure-native:compute:Disk";
const VM = "azure-native:compute:VirtualMachine";

/** Outside production, managed disks should not use premium SKUs. */
export default costPolicy({
  name: "azure-compute-premium-disks-outside-production",
  description: "Managed disks on non-production stacks use Standard HDD or Standard SSD; Premium, Premium v2 and Ultra disks cost several times more.",
  severity: "low",
  remediationSteps:
    'Set the disk\'s sku.name (or the VM\'s osDisk/dataDisks managedDisk.storageAccountType) to "StandardSSD_LRS" (or "Standard_LRS") on development and test stacks.',
  url: "https://learn.microsoft.com/azure/virtual-machines/disks-types",
  tags: ["storage", "environment"],
  resourceTypes: [DISK, VM],
  config: {
    nonProductionDisallowedDiskSkus: {
      type: "array",
      items: { type: "string" },
      description: "Disk SKUs not allowed on non-production stacks.",
      default: ["Premium_LRS", "Premium_ZRS", "PremiumV2_LRS", "UltraSSD_LRS"],
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ type, props, config, urn, stackTags }, report) => {
    if (isProduction({ urn, stackTags }, config)) return;
    const spots: { path: string; p: Peeked<string> }[] = [];
    let unknown = false;
    if (type === DISK) spots.push({ path: "sku.name", p: peek<string>(props, "sku.name") });
    else {
      spots.push({
        path: "storageProfile.osDisk.managedDisk.storageAccountType",
        p: peek<string>(props, "storageProfile.osDisk.managedDisk.storageAccountType"),
      });
      const data = peekItems<unknown>(props, "storageProfile.dataDisks");
      unknown ||= data.unknown;
      data.known.forEach((d, i) =>
        spots.push({ path: `storageProfile.dataDisks[${i}].managedDisk.storageAccountType`, p: peek<string>(d, "managedDisk.storageAccountType") }),
      );
    }
    let hit = false;
    for (const s of spots) {
      if (s.p.state === "unknown") unknown = true;
      else if (s.p.state === "known" && config.nonProductionDisallowedDiskSkus.includes(s.p.value)) {
        hit = true;
        report(
          msg`${s.path} is ${JSON.stringify(s.p.value)} on a non-production stack (nonProductionDisallowedDiskSkus: ${listOf(config.nonProductionDisallowedDiskSkus)}). Use "StandardSSD_LRS".`,
        );
      }
    }
    if (!hit && unknown) requireKnown(props);
  },
});
