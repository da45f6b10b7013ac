import { fixtures, unknown } from "@rampart/policy-testing";
import { SECURITY_CONTACT as SC } from "../lib/defender";

const base = { securityContactName: "default", notificationsByRole: { roles: ["Owner"], state: "On" } };

export default fixtures([
  { name: "contact with an email", expect: "pass", resource: { type: SC, props: { ...base, emails: "secops@example.com", isEnabled: true } } },
  { name: "contact with several emails", expect: "pass", resource: { type: SC, props: { ...base, emails: "a@example.com;b@example.com" } } },
  { name: "email unknown during preview", expect: "unknown", resource: { type: SC, props: { ...base, emails: unknown() } } },
  { name: "contact without emails", expect: "violate", message: "emails is empty or not set", resource: { type: SC, props: base } },
  {
    name: "contact with an empty email list",
    expect: "violate",
    message: "emails is empty or not set",
    resource: { type: SC, props: { ...base, emails: " " } },
  },
  {
    name: "contact disabled",
    expect: "violate",
    message: "isEnabled is false",
    resource: { type: SC, props: { ...base, emails: "secops@example.com", isEnabled: false } },
  },
  {
    name: "a pricing is not a contact",
    expect: "not-applicable",
    resource: { type: "azure-native:security:Pricing", props: { pricingName: "Arm", pricingTier: "Standard", scopeId: "/subscriptions/s" } },
  },
]);
