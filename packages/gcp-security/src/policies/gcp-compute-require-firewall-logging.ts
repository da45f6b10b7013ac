import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { FIREWALL } from "../lib/firewall";
import { gcpPolicy } from "../policy";

/** Firewall rules should log the connections they allow or deny (`logConfig`; off when omitted). */
export default gcpPolicy({
  name: "gcp-compute-require-firewall-logging",
  description: "VPC firewall rules should have Firewall Rules Logging enabled (`logConfig`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Add `logConfig: { metadata: "INCLUDE_ALL_METADATA" }` (or `EXCLUDE_ALL_METADATA` to reduce volume) to the firewall rule.',
  url: "https://cloud.google.com/firewall/docs/firewall-rules-logging",
  resourceTypes: [FIREWALL],
  validateResource: ({ props }, report) => {
    const disabled = peek<unknown>(props, "disabled");
    if (disabled.state === "unknown") {
      requireKnown(props, "disabled");
      return;
    }
    if (disabled.state === "known" && disabled.value === true) return;
    if (isSet(props, "logConfig")) return;
    const legacy = peek<unknown>(props, "enableLogging");
    if (legacy.state === "unknown") {
      requireKnown(props, "enableLogging");
      return;
    }
    if (legacy.state === "known" && legacy.value === true) return;
    report("logConfig is not set, so connections this rule allows or denies are not logged (Firewall Rules Logging is off by default). Add a logConfig block.");
  },
});
