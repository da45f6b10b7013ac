import { msg, requireKnown } from "@rampart/policy-core";
import { metadataFlag, metadataItemFlag, PROJECT_METADATA, PROJECT_METADATA_ITEM, VM_TYPES, vmKind } from "../lib/compute";
import { gcpPolicy } from "../policy";

/** Interactive serial console access must stay off (`serial-port-enable` is off by default). */
export default gcpPolicy({
  name: "gcp-compute-disallow-serial-port-access",
  description: "VM instances, instance templates and project metadata must not enable interactive serial console access (`serial-port-enable`).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove `serial-port-enable` from the metadata (or set it to "FALSE"); for troubleshooting enable it briefly on one instance, and enforce `constraints/compute.disableSerialPortAccess` as an organization policy.',
  url: "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
  resourceTypes: [...VM_TYPES, PROJECT_METADATA, PROJECT_METADATA_ITEM],
  validateResource: ({ type, props }, report) => {
    if (type === PROJECT_METADATA_ITEM) {
      const f = metadataItemFlag(props, "serial-port-enable");
      if (f === "unknown") requireKnown(props);
      else if (f === "on")
        report(
          'value of the serial-port-enable project metadata item is TRUE, so every VM of the project accepts interactive serial console connections. Remove the item or set it to "FALSE".',
        );
      return;
    }
    const f = metadataFlag(props, "serial-port-enable");
    if (f === "unknown") requireKnown(props, "metadata");
    else if (f === "on") {
      const where = type === PROJECT_METADATA ? "the project metadata, so every VM of the project" : msg`this ${vmKind(type)}, so it`;
      report(
        `metadata.serial-port-enable is TRUE on ${where} accepts interactive serial console connections, which bypass network firewall rules. Remove the key or set it to "FALSE".`,
      );
    }
  },
});
