import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkValue } from "../lib/checks";
import { SECURITY_CONTACT } from "../lib/defender";

/**
 * A Defender for Cloud security contact must name at least one email address (`emails`) and must
 * not be disabled (`isEnabled: false`), so alerts reach the security team and not only the
 * subscription's role holders.
 */
export default azurePolicy({
  name: "azure-defender-require-security-contact-email",
  description: "Defender for Cloud security contacts must be enabled and list a security team email address.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `emails: "secops@example.com"` (several separated by ";") and `isEnabled: true` on the security.SecurityContact (securityContactName "default").',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications",
  resourceTypes: [SECURITY_CONTACT],
  validateResource: ({ props }, report) => {
    checkValue(props, report, { path: "isEnabled", ok: (v) => v !== false, bad: "the contact sends no notifications. Set isEnabled to true." });
    const e = peek<unknown>(props, "emails");
    if (e.state === "unknown") return requireKnown(props, "emails");
    if (e.state === "absent" || (typeof e.value === "string" && e.value.trim() === "")) {
      report("emails is empty or not set, so Defender for Cloud alerts reach no security team address. Set emails to your security team's address.");
    }
  },
});
