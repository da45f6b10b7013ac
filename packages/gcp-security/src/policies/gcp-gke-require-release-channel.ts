import { clusterSettingPolicy } from "../lib/gke";

/**
 * GKE clusters should be enrolled in a release channel (RAPID, REGULAR, STABLE or EXTENDED), so
 * GKE keeps the control plane and nodes patched. New clusters are enrolled in REGULAR when
 * `releaseChannel` is omitted; only `channel: "UNSPECIFIED"` opts out.
 */
export default clusterSettingPolicy({
  name: "gcp-gke-require-release-channel",
  description: "GKE clusters should be enrolled in a release channel (not UNSPECIFIED).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set releaseChannel { channel: "REGULAR" } (or "STABLE" / "RAPID" / "EXTENDED") instead of "UNSPECIFIED".',
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels",
  setting: "releaseChannel.channel",
  problem: (ch) =>
    ch.state === "known" && String(ch.value).toUpperCase() === "UNSPECIFIED"
      ? 'releaseChannel.channel is "UNSPECIFIED", so the cluster is not enrolled in a release channel and upgrades are manual. Set it to REGULAR, STABLE, RAPID or EXTENDED.'
      : undefined,
});
