import { peek } from "@rampart/policy-core";
import { nodeSettingPolicy, SETTING_UNKNOWN } from "../lib/gke";

/**
 * GKE nodes must keep the legacy Compute Engine metadata endpoints (v0.1, v1beta1) off: the API
 * sets `nodeConfig.metadata["disable-legacy-endpoints"]` to "true" by default; only "false"
 * re-enables them (they answer without the Metadata-Flavor header, which SSRF can exploit).
 */
export default nodeSettingPolicy({
  name: "gcp-gke-disallow-legacy-metadata-endpoints",
  description: 'GKE node pools must keep the legacy metadata endpoints disabled (metadata "disable-legacy-endpoints" not "false").',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Remove "disable-legacy-endpoints": "false" from nodeConfig.metadata or set it to "true" (the default).',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata#disable-legacy-apis",
  setting: "metadata",
  unknown: "ask",
  problem: (meta, at) => {
    if (meta.state !== "known") return undefined;
    const v = peek<string>(meta.value, ["disable-legacy-endpoints"]);
    if (v.state === "unknown") return SETTING_UNKNOWN;
    if (v.state === "known" && String(v.value).trim().toLowerCase() === "false") {
      return `${at}["disable-legacy-endpoints"] is "false", so the legacy metadata endpoints answer without the Metadata-Flavor header. Remove it or set it to "true".`;
    }
    return undefined;
  },
});
