import { fixtures, unknown } from "@rampart/policy-testing";
import { SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";
import { FTP_POLICY_IS_NOT_A_SITE } from "../lib/web.fixtures-kit";

export default fixtures([
  { name: "system-assigned identity", expect: "pass", resource: { type: WEBAPP, props: { ...SITE_BASE, identity: { type: "SystemAssigned" } } } },
  {
    name: "user-assigned identity on a slot",
    expect: "pass",
    resource: {
      type: WEBAPP_SLOT,
      props: {
        ...SITE_BASE,
        slot: "staging",
        identity: {
          type: "UserAssigned",
          userAssignedIdentities: ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id"],
        },
      },
    },
  },
  { name: "web app with defaults", expect: "violate", message: "identity.type is not set", resource: { type: WEBAPP, props: SITE_BASE } },
  {
    name: "identity None",
    expect: "violate",
    message: 'identity.type is "None"',
    resource: { type: WEBAPP, props: { ...SITE_BASE, identity: { type: "None" } } },
  },
  { name: "identity type unknown during preview", expect: "unknown", resource: { type: WEBAPP, props: { ...SITE_BASE, identity: { type: unknown() } } } },
  FTP_POLICY_IS_NOT_A_SITE,
]);
