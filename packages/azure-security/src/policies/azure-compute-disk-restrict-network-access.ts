import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkValue, noneOf } from "../lib/checks";
import { DISK } from "../lib/compute";

/**
 * Managed disks must not be exportable from any network: `networkAccessPolicy` AllowAll (the
 * default) lets anyone with a SAS URI export or import the disk over the internet. AllowPrivate
 * (through a disk access resource) or DenyAll closes that; `publicNetworkAccess: "Disabled"` does
 * the same for the disk's public endpoint.
 */
export default azurePolicy({
  name: "azure-compute-disk-restrict-network-access",
  description: "Managed disks must restrict import and export to private endpoints or deny it (networkAccessPolicy not AllowAll).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `networkAccessPolicy: "DenyAll"`, or `"AllowPrivate"` with `diskAccessId` naming a disk access resource with a private endpoint; also set `publicNetworkAccess: "Disabled"`.',
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/disks-restrict-import-export-overview",
  resourceTypes: [DISK],
  validateResource: ({ props }, report) => {
    const pna = peek<unknown>(props, "publicNetworkAccess");
    if (pna.state === "known" && typeof pna.value === "string" && pna.value.toLowerCase() === "disabled") return; // export only through private endpoints
    const nap = peek<unknown>(props, "networkAccessPolicy");
    const open = nap.state === "absent" || (nap.state === "known" && !noneOf("AllowAll")(nap.value));
    if (open && pna.state === "unknown") return requireKnown(props, "publicNetworkAccess");
    checkValue(props, report, {
      path: "networkAccessPolicy",
      ok: noneOf("AllowAll"),
      bad: "the disk can be exported or imported from any network with a SAS URI. Set DenyAll, or AllowPrivate with a disk access resource.",
      absent:
        "the default is AllowAll, so the disk can be exported or imported from any network with a SAS URI. Set DenyAll, or AllowPrivate with a disk access resource.",
    });
  },
});
