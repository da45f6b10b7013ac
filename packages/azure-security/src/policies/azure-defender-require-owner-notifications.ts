import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { SECURITY_CONTACT } from "../lib/defender";

/**
 * A security contact must notify subscription Owners: `notificationsByRole.state` not Off and
 * `notificationsByRole.roles` including Owner. Omitted, the service default (Owner, On) applies
 * and passes.
 */
export default azurePolicy({
  name: "azure-defender-require-owner-notifications",
  description: "Defender for Cloud security contacts must email subscription Owners about alerts.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `notificationsByRole: { state: "On", roles: ["Owner"] }` on the security.SecurityContact (add other roles as needed).',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications",
  resourceTypes: [SECURITY_CONTACT],
  validateResource: ({ props }, report) => {
    const st = peek<unknown>(props, "notificationsByRole.state");
    if (st.state === "unknown") return requireKnown(props, "notificationsByRole.state");
    if (st.state === "known" && typeof st.value === "string" && st.value.toLowerCase() === "off") {
      report('notificationsByRole.state is "Off", so no role holder is notified. Set it to "On" with roles ["Owner"].');
      return;
    }
    if (peek(props, "notificationsByRole.roles").state === "absent") return; // service default: Owner
    const roles = peekItems<unknown>(props, "notificationsByRole.roles");
    if (roles.known.some((r) => typeof r === "string" && r.toLowerCase() === "owner")) return;
    if (roles.unknown) return requireKnown(props, "notificationsByRole.roles");
    report('notificationsByRole.roles does not include Owner, so subscription Owners are not notified of alerts. Add "Owner".');
  },
});
