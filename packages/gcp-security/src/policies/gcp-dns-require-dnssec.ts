import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const ZONE = "gcp:dns/managedZone:ManagedZone";

/**
 * Public Cloud DNS zones (`visibility` "public", the default) must sign their records with DNSSEC
 * (`dnssecConfig.state: "on"`; off when omitted). Private zones cannot use DNSSEC and are not
 * checked; "transfer" is accepted while a zone moves between providers.
 */
export default gcpPolicy({
  name: "gcp-dns-require-dnssec",
  description: "Public Cloud DNS managed zones must have DNSSEC enabled (dnssecConfig.state on).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set dnssecConfig { state: "on" } on the public managed zone (default key specs use RSASHA256) and add the DS record at your registrar.',
  url: "https://cloud.google.com/dns/docs/dnssec-config",
  resourceTypes: [ZONE],
  validateResource: ({ props }, report) => {
    const vis = peek<string>(props, "visibility");
    if (vis.state === "known" && String(vis.value).toLowerCase() === "private") return;
    const state = peek<string>(props, "dnssecConfig.state");
    if (state.state === "unknown") return requireKnown(props, "dnssecConfig.state");
    const s = state.state === "known" ? String(state.value).toLowerCase() : undefined;
    if (s === "on" || s === "transfer") return;
    if (vis.state === "unknown") return requireKnown(props, "visibility");
    report(
      state.state === "known"
        ? msg`dnssecConfig.state is ${show(state.value)}, so the zone's records are not signed and resolvers cannot detect spoofed answers. Set dnssecConfig.state to "on".`
        : 'dnssecConfig.state is not set (DNSSEC is off by default), so the zone\'s records are not signed and resolvers cannot detect spoofed answers. Set dnssecConfig.state to "on".',
    );
  },
});
