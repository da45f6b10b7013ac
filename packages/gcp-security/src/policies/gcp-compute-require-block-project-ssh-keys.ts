import { msg } from "@rampart/policy-core";
import { metadataFlagPolicy, VM_TYPES } from "../lib/compute";

/** VMs should block project-wide SSH keys (`metadata["block-project-ssh-keys"] = "TRUE"`). */
export default metadataFlagPolicy({
  name: "gcp-compute-require-block-project-ssh-keys",
  description: 'VM instances and instance templates should block project-wide SSH keys (metadata `block-project-ssh-keys: "TRUE"`).',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `"block-project-ssh-keys": "TRUE"` to the VM\'s `metadata` and give access with OS Login (`enable-oslogin: "TRUE"`) or instance-level keys instead of project-wide SSH keys.',
  url: "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys",
  resourceTypes: VM_TYPES,
  key: "block-project-ssh-keys",
  vm: (flag, kind) => {
    if (flag === "on") return undefined;
    const how = flag === "absent" ? "is not set (Compute Engine's default is false)" : "is not TRUE";
    return msg`metadata.block-project-ssh-keys ${how}, so every project-wide SSH key can log in to this ${kind}. Set metadata "block-project-ssh-keys" to "TRUE".`;
  },
});
