import { metadataKey, PROJECT_METADATA, PROJECT_METADATA_ITEM } from "../lib/compute";
import { peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const KEYS = ["ssh-keys", "sshKeys"];

/** Project metadata should not carry SSH keys (`ssh-keys`), which log in to every VM that does not block them. */
export default gcpPolicy({
  name: "gcp-compute-disallow-project-wide-ssh-keys",
  description: "Project metadata should not hold SSH keys (`ssh-keys`); use OS Login instead of project-wide keys.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove `ssh-keys` (and the legacy `sshKeys`) from the project metadata, enable OS Login (`enable-oslogin: "TRUE"`) and grant `roles/compute.osLogin` to the users who need SSH.',
  url: "https://cloud.google.com/compute/docs/connect/add-ssh-keys#metadata",
  resourceTypes: [PROJECT_METADATA, PROJECT_METADATA_ITEM],
  validateResource: ({ type, props }, report) => {
    if (type === PROJECT_METADATA_ITEM) {
      const k = peek<unknown>(props, "key");
      if (k.state === "unknown") requireKnown(props, "key");
      else if (k.state === "known" && typeof k.value === "string" && KEYS.includes(k.value)) {
        report(
          "This project metadata item is ssh-keys, so its keys can log in to every VM of the project that does not block project-wide keys. Remove it and use OS Login.",
        );
      }
      return;
    }
    for (const key of KEYS) {
      const v = metadataKey(props, key);
      if (v.state === "unknown") requireKnown(props, "metadata");
      else if (v.state === "known" && String(v.value).trim() !== "") {
        report(
          `metadata.${key} is set in the project metadata, so these keys can log in to every VM of the project that does not block project-wide keys. Remove it and use OS Login.`,
        );
      }
    }
  },
});
