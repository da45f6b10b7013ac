import { msg } from "@rampart/policy-core";
import { metadataFlagPolicy, PROJECT_METADATA, PROJECT_METADATA_ITEM, VM_TYPES } from "../lib/compute";

/** The message when serial port access is on at `where` (the project metadata, or one VM). */
function serialPortOn(where: string): string {
  return `metadata.serial-port-enable is TRUE on ${where} accepts interactive serial console connections, which bypass network firewall rules. Remove the key or set it to "FALSE".`;
}

/** Interactive serial console access must stay off (`serial-port-enable` is off by default). */
export default metadataFlagPolicy({
  name: "gcp-compute-disallow-serial-port-access",
  description: "VM instances, instance templates and project metadata must not enable interactive serial console access (`serial-port-enable`).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove `serial-port-enable` from the metadata (or set it to "FALSE"); for troubleshooting enable it briefly on one instance, and enforce `constraints/compute.disableSerialPortAccess` as an organization policy.',
  url: "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
  resourceTypes: [...VM_TYPES, PROJECT_METADATA, PROJECT_METADATA_ITEM],
  key: "serial-port-enable",
  item: (f) =>
    f === "on"
      ? 'value of the serial-port-enable project metadata item is TRUE, so every VM of the project accepts interactive serial console connections. Remove the item or set it to "FALSE".'
      : undefined,
  project: (f) => (f === "on" ? serialPortOn("the project metadata, so every VM of the project") : undefined),
  vm: (f, kind) => (f === "on" ? serialPortOn(msg`this ${kind}, so it`) : undefined),
});
