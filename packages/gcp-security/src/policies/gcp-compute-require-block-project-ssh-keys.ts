import { msg, requireKnown } from "@rampart/policy-core";
import { metadataFlag, VM_TYPES, vmKind } from "../lib/compute";
import { gcpPolicy } from "../policy";

/** VMs should block project-wide SSH keys (`metadata["block-project-ssh-keys"] = "TRUE"`). */
export default gcpPolicy({
  name: "gcp-compute-require-block-project-ssh-keys",
  description: 'VM instances and instance templates should block project-wide SSH keys (metadata `block-project-ssh-keys: "TRUE"`).',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `"block-project-ssh-keys": "TRUE"` to the VM\'s `metadata` and give access with OS Login (`enable-oslogin: "TRUE"`) or instance-level keys instead of project-wide SSH keys.',
  url: "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys",
  resourceTypes: VM_TYPES,
  validateResource: ({ type, props }, report) => {
    const flag = metadataFlag(props, "block-project-ssh-keys");
    if (flag === "unknown") requireKnown(props, "metadata");
    else if (flag !== "on") {
      const how = flag === "absent" ? "is not set (Compute Engine's default is false)" : "is not TRUE";
      report(
        msg`metadata.block-project-ssh-keys ${how}, so every project-wide SSH key can log in to this ${vmKind(type)}. Set metadata "block-project-ssh-keys" to "TRUE".`,
      );
    }
  },
});
