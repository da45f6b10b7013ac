import { fixtures, unknown } from "@rampart/policy-testing";
import { SECURITY_CONTACT as SC } from "../lib/defender";

const base = { securityContactName: "default", emails: "secops@example.com" };

export default fixtures([
  {
    name: "Owners notified",
    expect: "pass",
    resource: { type: SC, props: { ...base, notificationsByRole: { roles: ["Owner", "ServiceAdmin"], state: "On" } } },
  },
  { name: "default role notifications", expect: "pass", resource: { type: SC, props: base } },
  {
    name: "role notifications off",
    expect: "violate",
    message: 'notificationsByRole.state is "Off"',
    resource: { type: SC, props: { ...base, notificationsByRole: { roles: ["Owner"], state: "Off" } } },
  },
  {
    name: "Owner missing from roles",
    expect: "violate",
    message: "does not include Owner",
    resource: { type: SC, props: { ...base, notificationsByRole: { roles: ["AccountAdmin"], state: "On" } } },
  },
  {
    name: "roles unknown during preview",
    expect: "unknown",
    resource: { type: SC, props: { ...base, notificationsByRole: { roles: unknown(), state: "On" } } },
  },
  {
    name: "a pricing is not a contact",
    expect: "not-applicable",
    resource: { type: "azure-native:security:Pricing", props: { pricingName: "Arm", pricingTier: "Standard", scopeId: "/subscriptions/s" } },
  },
]);
