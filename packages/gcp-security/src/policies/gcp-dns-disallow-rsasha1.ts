import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const ZONE = "gcp:dns/managedZone:ManagedZone";

/**
 * Cloud DNS DNSSEC keys must not use RSASHA1, neither for the key-signing key (`keyType`
 * "keySigning") nor the zone-signing key ("zoneSigning") in `dnssecConfig.defaultKeySpecs`.
 * Omitted key specs use RSASHA256.
 */
export default gcpPolicy({
  name: "gcp-dns-disallow-rsasha1",
  description: "Cloud DNS DNSSEC key-signing and zone-signing keys must not use the RSASHA1 algorithm.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set algorithm to "rsasha256" (or "ecdsap256sha256") in every dnssecConfig.defaultKeySpecs entry; to change the algorithm of a signed zone, turn DNSSEC off, change the key specs and turn it on again.',
  url: "https://cloud.google.com/dns/docs/dnssec-advanced#algorithms",
  resourceTypes: [ZONE],
  validateResource: ({ props }, report) => {
    const specs = peekItems<Record<string, unknown>>(props, "dnssecConfig.defaultKeySpecs");
    if (specs.unknown) return requireKnown(props, "dnssecConfig.defaultKeySpecs");
    const weak: string[] = [];
    for (const spec of specs.known) {
      const alg = peek<string>(spec, "algorithm");
      const kind = peek<string>(spec, "keyType");
      if (alg.state === "unknown" || kind.state === "unknown") return requireKnown(props, "dnssecConfig.defaultKeySpecs");
      if (alg.state === "known" && String(alg.value).toLowerCase() === "rsasha1") {
        const k = kind.state === "known" ? String(kind.value).toLowerCase() : "";
        weak.push(k === "keysigning" ? "key-signing key" : k === "zonesigning" ? "zone-signing key" : "a key");
      }
    }
    if (weak.length > 0) {
      report(
        `dnssecConfig.defaultKeySpecs uses RSASHA1 for the ${[...new Set(weak)].join(" and ")}, a deprecated algorithm. Use rsasha256 or ecdsap256sha256.`,
      );
    }
  },
});
