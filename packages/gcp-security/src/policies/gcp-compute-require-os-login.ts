import { msg } from "@rampart/policy-core";
import { metadataFlagPolicy, PROJECT_METADATA, PROJECT_METADATA_ITEM, VM_TYPES } from "../lib/compute";

/**
 * OS Login must be enabled for the project (`enable-oslogin` in project metadata) and not turned
 * off per VM. `gcp.compute.ProjectMetadata` is authoritative for the project's metadata, so one
 * without the key leaves OS Login off; a `ProjectMetadataItem` is checked when its key is
 * `enable-oslogin`; instance metadata overrides the project value, so `FALSE` there is a violation.
 */
export default metadataFlagPolicy({
  name: "gcp-compute-require-os-login",
  description: 'OS Login must be enabled in project metadata (`enable-oslogin: "TRUE"`) and not disabled on any VM instance or template.',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `"enable-oslogin": "TRUE"` in the project\'s metadata (`gcp.compute.ProjectMetadata` or a `gcp.compute.ProjectMetadataItem` with key `enable-oslogin`), remove `enable-oslogin: "FALSE"` from instance metadata, and grant `roles/compute.osLogin` to the users who need SSH.',
  url: "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
  resourceTypes: [PROJECT_METADATA, PROJECT_METADATA_ITEM, ...VM_TYPES],
  key: "enable-oslogin",
  item: (f) =>
    f !== "on" ? 'value of the enable-oslogin project metadata item is not TRUE, so OS Login is off for the project\'s VMs. Set value to "TRUE".' : undefined,
  project: (f) => {
    if (f === "on") return undefined;
    const how = f === "absent" ? "is not set (OS Login is off by default)" : "is not TRUE";
    return msg`metadata.enable-oslogin ${how} in the project metadata, which this resource manages as a whole, so SSH access uses metadata keys instead of IAM. Set "enable-oslogin" to "TRUE".`;
  },
  vm: (f, kind) =>
    f === "off"
      ? msg`metadata.enable-oslogin is FALSE on this ${kind}, which overrides the project's OS Login setting. Remove the key or set it to "TRUE".`
      : undefined,
});
