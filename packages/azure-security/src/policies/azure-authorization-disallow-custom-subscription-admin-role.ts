import { msg, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

const ROLE_DEFINITION = "azure-native:authorization:RoleDefinition";

/** A scope at subscription level or above: "/", a subscription, or a management group. */
const SUBSCRIPTION_OR_ABOVE = /^\/$|^\/subscriptions\/[^/]+\/?$|^\/providers\/microsoft\.management\/managementgroups\/[^/]+\/?$/i;

/**
 * Custom roles must not grant every action (`actions: ["*"]`) at subscription scope or above: such
 * a role is an unreviewed Owner. `assignableScopes` omitted means the definition's own `scope`.
 */
export default azurePolicy({
  name: "azure-authorization-disallow-custom-subscription-admin-role",
  description: 'No custom role definition grants all actions ("*") with a subscription, management group or root assignable scope.',
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Replace `"*"` in `permissions[].actions` with the specific actions the role needs (or use the built-in Owner/Contributor roles, whose assignment is reviewed), or narrow `assignableScopes` to a resource group.',
  url: "https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles",
  resourceTypes: [ROLE_DEFINITION],
  validateResource: ({ props }, report) => {
    const perms = peekItems<unknown>(props, "permissions");
    if (perms.unknown) return requireKnown(props, "permissions");
    let wildcard = false;
    for (const p of perms.known) {
      const actions = peekItems<unknown>(p, "actions");
      if (actions.known.some((a) => a === "*")) wildcard = true;
      else if (actions.unknown) return requireKnown(props, "permissions");
    }
    if (!wildcard) return;
    const listed = peekItems<unknown>(props, "assignableScopes");
    if (listed.unknown) return requireKnown(props, "assignableScopes");
    let scopes: unknown[] = listed.known;
    let where = "assignableScopes";
    if (peek(props, "assignableScopes").state === "absent") {
      const s = peek<unknown>(props, "scope");
      if (s.state === "unknown") return requireKnown(props, "scope");
      scopes = s.state === "known" ? [s.value] : [];
      where = "scope (assignableScopes is not set)";
    }
    if (scopes.some((s) => typeof s === "string" && SUBSCRIPTION_OR_ABOVE.test(s.trim())))
      report(
        msg`permissions[].actions contains "*" and ${where} includes a subscription, management group or root scope: this custom role is a full subscription administrator. Grant only the actions the role needs.`,
      );
  },
});
