import { fixtures, unknown } from "@rampart/policy-testing";
import { SECURITY_CONTACT as SC } from "../lib/defender";

const base = { securityContactName: "default", emails: "secops@example.com", isEnabled: true };
const alert = { sourceType: "Alert", minimalSeverity: "Medium" };
const path = { sourceType: "AttackPath", minimalRiskLevel: "High" };

export default fixtures([
  { name: "alerts and attack paths", expect: "pass", resource: { type: SC, props: { ...base, notificationsSources: [alert, path] } } },
  { name: "contact without sources", expect: "violate", message: "notificationsSources has no Alert or AttackPath entry", resource: { type: SC, props: base } },
  {
    name: "alerts only",
    expect: "violate",
    message: "notificationsSources has no AttackPath entry",
    resource: { type: SC, props: { ...base, notificationsSources: [alert] } },
  },
  { name: "attack paths only", expect: "violate", message: "no Alert entry", resource: { type: SC, props: { ...base, notificationsSources: [path] } } },
  { name: "sources unknown during preview", expect: "unknown", resource: { type: SC, props: { ...base, notificationsSources: unknown() } } },
  {
    name: "one source type unknown",
    expect: "unknown",
    resource: { type: SC, props: { ...base, notificationsSources: [alert, { sourceType: unknown(), minimalRiskLevel: "High" }] } },
  },
  {
    name: "a pricing is not a contact",
    expect: "not-applicable",
    resource: { type: "azure-native:security:Pricing", props: { pricingName: "Arm", pricingTier: "Standard", scopeId: "/subscriptions/s" } },
  },
]);
